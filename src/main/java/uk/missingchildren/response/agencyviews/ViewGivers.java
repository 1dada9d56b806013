package uk.missingchildren.response.agencyviews;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ViewGivers extends JpaRepository<ViewGiver, UUID> {

  List<ViewGiver> findByRequestIdOrderByAddedAtAscIdAsc(UUID requestId);

  Optional<ViewGiver> findByIdAndRequestId(UUID id, UUID requestId);

  Optional<ViewGiver> findByLinkHash(String linkHash);

  Optional<ViewGiver> findFirstByRequestIdAndAccountId(UUID requestId, UUID accountId);
}

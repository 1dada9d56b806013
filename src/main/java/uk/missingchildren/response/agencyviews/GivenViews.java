package uk.missingchildren.response.agencyviews;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface GivenViews extends JpaRepository<GivenView, UUID> {

  List<GivenView> findByGiverIdIn(Collection<UUID> giverIds);

  List<GivenView> findByGiverId(UUID giverId);

  Optional<GivenView> findByGiverIdAndItemId(UUID giverId, String itemId);
}

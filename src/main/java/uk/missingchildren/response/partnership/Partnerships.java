package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

/** Partnership records. Read them through {@link PartnershipAccess}, which checks membership. */
@PartnershipOwned
interface Partnerships extends JpaRepository<Partnership, UUID> {

  List<Partnership> findAllByOrderByNameAsc();

  List<Partnership> findByDeletedAtBefore(java.time.Instant cutoff);

  List<Partnership> findByDeletedAtIsNotNull();
}

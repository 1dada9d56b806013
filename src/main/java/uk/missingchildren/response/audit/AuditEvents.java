package uk.missingchildren.response.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

/** The audit log, newest first. Partnership events belong to their partnership. */
@PartnershipOwned
public interface AuditEvents extends JpaRepository<AuditEvent, Long> {

  List<AuditEvent> findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(UUID partnershipId);

  List<AuditEvent> findByActionOrderByIdAsc(String action);
}

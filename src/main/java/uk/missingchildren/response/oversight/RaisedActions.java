package uk.missingchildren.response.oversight;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RaisedActions extends JpaRepository<RaisedAction, UUID> {

  List<RaisedAction> findByPartnershipIdOrderByRaisedAtAsc(UUID partnershipId);
}

package uk.missingchildren.response.action;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface ProposalDecisions extends JpaRepository<ProposalDecision, UUID> {

  List<ProposalDecision> findByPartnershipIdOrderByDecidedAtDesc(UUID partnershipId);

  List<ProposalDecision> findByPartnershipIdAndBenchmarkId(UUID partnershipId, UUID benchmarkId);
}

package uk.missingchildren.response.action;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/**
 * What was decided about each action proposed at stage one, most recent first, for the data export.
 * The proposals themselves are the benchmarks' actions arising, already in the file; who decided is
 * left out, as the file holds no account details.
 */
@Component
@Order(60)
class ProposalDataContributor implements PartnershipDataContributor {

  private final ProposalDecisions decisions;

  ProposalDataContributor(ProposalDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public String section() {
    return "proposedActionDecisions";
  }

  @Override
  public List<DecisionData> export(PartnershipContext context) {
    return decisions.findByPartnershipIdOrderByDecidedAtDesc(context.partnershipId()).stream()
        .map(
            d ->
                new DecisionData(
                    d.id(),
                    d.key().benchmarkId(),
                    d.key().questionId(),
                    d.outcome(),
                    d.actionId(),
                    d.reason(),
                    d.proposedText(),
                    d.decidedAt()))
        .toList();
  }

  /** {@code actionId} is the action it became or was merged into; {@code reason} why set aside. */
  record DecisionData(
      UUID id,
      UUID benchmarkId,
      String questionId,
      ProposalOutcome outcome,
      UUID actionId,
      String reason,
      String proposedText,
      Instant decidedAt) {}
}

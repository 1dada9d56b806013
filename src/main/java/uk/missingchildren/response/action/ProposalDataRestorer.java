package uk.missingchildren.response.action;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.ProposalDataContributor.DecisionData;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;

/**
 * Brings back what was decided about the actions proposed at stage one, linked to the restored
 * benchmark and action, so a restored partnership is not asked to decide them again.
 */
@Component
@Order(60)
class ProposalDataRestorer implements PartnershipDataRestorer {

  private final EntityManager entities;
  private final FrameworkCatalogue catalogue;

  ProposalDataRestorer(EntityManager entities, FrameworkCatalogue catalogue) {
    this.entities = entities;
    this.catalogue = catalogue;
  }

  @Override
  public String section() {
    return "proposedActionDecisions";
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    Framework framework = catalogue.current();
    List<String> questions = framework.questions().stream().map(Question::id).toList();
    List<DecisionData> all = section.records(DecisionData.class);
    for (int i = 0; i < all.size(); i++) {
      DecisionData data = all.get(i);
      String at = section.at(i);
      UUID benchmarkId =
          section.restoredId(
              "benchmarks",
              DataFileChecks.required(data.benchmarkId(), at + ".benchmarkId"),
              at + ".benchmarkId");
      DataFileChecks.oneOf(questions, data.questionId(), at + ".questionId", framework.version());
      ProposalOutcome outcome = DataFileChecks.required(data.outcome(), at + ".outcome");
      String reason = DataFileChecks.text(data.reason(), DataFileChecks.LONG_TEXT, at + ".reason");
      if (outcome == ProposalOutcome.SET_ASIDE && (reason == null || reason.isBlank())) {
        throw new DataFileProblem("restore.error.fieldMissing", at + ".reason");
      }
      entities.persist(
          ProposalDecision.restored(
              section.newId(data.id(), at + ".id"),
              new ProposedAction.Key(context.partnershipId(), benchmarkId, data.questionId()),
              outcome,
              section.restoredId("actions", data.actionId(), at + ".actionId"),
              reason,
              DataFileChecks.requiredText(
                  data.proposedText(), DataFileChecks.LONG_TEXT, at + ".proposedText"),
              DataFileChecks.required(data.decidedAt(), at + ".decidedAt")));
    }
    return all.size();
  }
}

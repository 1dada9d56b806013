package uk.missingchildren.response.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/**
 * Every action in the partnership's register for its data export, soonest due first, as the
 * register lists them.
 */
@Component
@Order(30)
class ActionDataContributor implements PartnershipDataContributor {

  private final Actions actions;

  ActionDataContributor(Actions actions) {
    this.actions = actions;
  }

  @Override
  public String section() {
    return "actions";
  }

  @Override
  public List<ActionData> export(PartnershipContext context) {
    return actions
        .findByPartnershipIdOrderByDueDateAscCreatedAtAsc(context.partnershipId())
        .stream()
        .map(
            a ->
                new ActionData(
                    a.id(),
                    a.reference(),
                    a.themeId(),
                    a.source(),
                    a.sourceId(),
                    a.reviewId(),
                    a.benchmarkId(),
                    a.title(),
                    a.description(),
                    a.owner(),
                    a.agency(),
                    a.leadPerson(),
                    a.leadEmail(),
                    a.dueDate(),
                    a.successMeasure(),
                    a.status(),
                    a.createdAt(),
                    a.updatedAt()))
        .toList();
  }

  /**
   * {@code source} says what {@code sourceId} is (a question or a checklist item id); {@code
   * agency} is set only when {@code owner} is AGENCY; {@code updatedAt} is when its latest update
   * was recorded.
   */
  record ActionData(
      UUID id,
      String reference,
      String themeId,
      ActionSource source,
      String sourceId,
      UUID reviewId,
      UUID benchmarkId,
      String title,
      String description,
      ActionOwner owner,
      Agency agency,
      String leadPerson,
      String leadEmail,
      LocalDate dueDate,
      String successMeasure,
      ActionStatus status,
      Instant createdAt,
      Instant updatedAt) {}
}

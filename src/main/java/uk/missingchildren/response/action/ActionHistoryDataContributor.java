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
 * Every update of every action, oldest first, for the partnership's data export: the actions'
 * history. Who recorded each is left out, as the file holds no account details.
 */
@Component
@Order(40)
class ActionHistoryDataContributor implements PartnershipDataContributor {

  private final ActionUpdates updates;

  ActionHistoryDataContributor(ActionUpdates updates) {
    this.updates = updates;
  }

  @Override
  public String section() {
    return "actionUpdates";
  }

  @Override
  public List<UpdateData> export(PartnershipContext context) {
    return updates.findByPartnershipIdOrderByRecordedAtAscIdAsc(context.partnershipId()).stream()
        .map(
            u ->
                new UpdateData(
                    u.id(),
                    u.actionId(),
                    u.meetingId(),
                    u.recordedAt(),
                    u.progress(),
                    u.statusBefore(),
                    u.statusAfter(),
                    u.impactStatement(),
                    u.impactRating(),
                    u.ownerBefore(),
                    u.agencyBefore(),
                    u.ownerAfter(),
                    u.agencyAfter(),
                    u.leadBefore(),
                    u.leadAfter(),
                    u.dueBefore(),
                    u.dueAfter(),
                    u.amendReason()))
        .toList();
  }

  /**
   * Only what the update changed is set; {@code meetingId} names the follow-up meeting it was made
   * in.
   */
  record UpdateData(
      UUID id,
      UUID actionId,
      UUID meetingId,
      Instant recordedAt,
      String progress,
      ActionStatus statusBefore,
      ActionStatus statusAfter,
      String impactStatement,
      ImpactRating impactRating,
      ActionOwner ownerBefore,
      Agency agencyBefore,
      ActionOwner ownerAfter,
      Agency agencyAfter,
      String leadBefore,
      String leadAfter,
      LocalDate dueBefore,
      LocalDate dueAfter,
      String amendReason) {}
}

package uk.missingchildren.response.action;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.ActionHistoryDataContributor.UpdateData;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;

/**
 * Brings every entry of the actions' history back, linked to its restored action and, for a
 * decision taken at a follow-up meeting, to the restored meeting: the meetings' minutes follow from
 * these. The entries are kept as they were recorded, not applied again: the actions already hold
 * where they ended up. Who recorded each is not in the file, so it is not set ({@link
 * ActionUpdate#restoredFromFile}).
 */
@Component
@Order(50)
class ActionHistoryDataRestorer implements PartnershipDataRestorer {

  private static final int NAME = 100;

  private final EntityManager entities;

  ActionHistoryDataRestorer(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public String section() {
    return "actionUpdates";
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    List<UpdateData> all = section.records(UpdateData.class);
    for (int i = 0; i < all.size(); i++) {
      UpdateData data = all.get(i);
      String at = section.at(i);
      UUID actionId =
          section.restoredId(
              "actions",
              DataFileChecks.required(data.actionId(), at + ".actionId"),
              at + ".actionId");
      UUID meetingId = section.restoredId("followUpMeetings", data.meetingId(), at + ".meetingId");
      DataFileChecks.required(data.recordedAt(), at + ".recordedAt");
      DataFileChecks.required(data.statusBefore(), at + ".statusBefore");
      DataFileChecks.required(data.statusAfter(), at + ".statusAfter");
      DataFileChecks.text(data.progress(), DataFileChecks.LONG_TEXT, at + ".progress");
      DataFileChecks.text(
          data.impactStatement(), DataFileChecks.LONG_TEXT, at + ".impactStatement");
      DataFileChecks.text(data.amendReason(), DataFileChecks.LONG_TEXT, at + ".amendReason");
      DataFileChecks.text(data.leadBefore(), NAME, at + ".leadBefore");
      DataFileChecks.text(data.leadAfter(), NAME, at + ".leadAfter");
      entities.persist(
          ActionUpdate.restored(
              section.newId(data.id(), at + ".id"),
              actionId,
              context.partnershipId(),
              meetingId,
              data));
    }
    return all.size();
  }
}

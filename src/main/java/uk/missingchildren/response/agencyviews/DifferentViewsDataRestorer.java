package uk.missingchildren.response.agencyviews;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.agencyviews.DifferentViewsDataContributor.DifferentViewData;
import uk.missingchildren.response.partnership.DataFileChecks;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.partnership.DataFileSection;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataRestorer;

/** Brings back the different views recorded in meetings, beside the meetings restored before. */
@Component
@Order(80)
class DifferentViewsDataRestorer implements PartnershipDataRestorer {

  /** Each kind of meeting, and the data file's section its meetings are in. */
  private static final Map<String, String> MEETING_SECTIONS =
      Map.of("benchmarks", "benchmarks", "reviews", "checklistReviews");

  /** As the columns hold them. */
  private static final int ITEM = 20;

  private static final int VIEW = 1000;

  private final EntityManager entities;

  DifferentViewsDataRestorer(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  public String section() {
    return DifferentViewsDataContributor.SECTION;
  }

  @Override
  public int restore(PartnershipContext context, DataFileSection section) {
    List<DifferentViewData> all = section.records(DifferentViewData.class);
    for (int i = 0; i < all.size(); i++) {
      DifferentViewData data = all.get(i);
      String at = section.at(i);
      String meetings =
          MEETING_SECTIONS.get(DataFileChecks.required(data.meetingKind(), at + ".meetingKind"));
      if (meetings == null) {
        throw new DataFileProblem("restore.error.wrongType", at + ".meetingKind");
      }
      DifferentView view =
          DifferentView.restored(
              section.newId(data.id(), at + ".id"),
              context.partnershipId(),
              data.meetingKind(),
              section.restoredId(
                  meetings,
                  DataFileChecks.required(data.meetingId(), at + ".meetingId"),
                  at + ".meetingId"),
              DataFileChecks.requiredText(data.itemId(), ITEM, at + ".itemId"),
              DataFileChecks.required(data.agency(), at + ".agency"),
              DataFileChecks.requiredText(data.view(), VIEW, at + ".view"),
              DataFileChecks.required(data.recordedAt(), at + ".recordedAt"));
      entities.persist(view);
    }
    return all.size();
  }
}

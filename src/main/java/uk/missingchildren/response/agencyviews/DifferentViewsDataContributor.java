package uk.missingchildren.response.agencyviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/**
 * The different views recorded in the partnership's meetings, for the data export: they are part of
 * what each meeting agreed. The views people gave before a meeting by their personal links are not:
 * those links cannot move to another service, and the people are not the partnership's.
 */
@Component
@Order(80)
class DifferentViewsDataContributor implements PartnershipDataContributor {

  static final String SECTION = "differentViews";

  private final DifferentViews views;

  DifferentViewsDataContributor(DifferentViews views) {
    this.views = views;
  }

  @Override
  public String section() {
    return SECTION;
  }

  @Override
  public List<DifferentViewData> export(PartnershipContext context) {
    return views.findByPartnershipIdOrderByRecordedAtAscIdAsc(context.partnershipId()).stream()
        .map(
            view ->
                new DifferentViewData(
                    view.id(),
                    view.meetingKind(),
                    view.meetingId(),
                    view.itemId(),
                    view.agency(),
                    view.viewText(),
                    view.recordedAt()))
        .toList();
  }

  /**
   * @param meetingKind "benchmarks" or "reviews"
   * @param meetingId the benchmark's or checklist review's id in the file
   */
  record DifferentViewData(
      UUID id,
      String meetingKind,
      UUID meetingId,
      String itemId,
      Agency agency,
      String view,
      Instant recordedAt) {}
}

package uk.missingchildren.response.report;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.ReviewView;

/**
 * The report of a completed checklist review, as a page, a PDF and a Word document. Anyone in the
 * partnership, viewers included, may read and download it. It is built on each request: it is
 * small, and reading it fresh means it can never show stale ratings or actions.
 */
@Service
class ChecklistReportService {

  private final ReviewService reviews;
  private final ActionService actions;
  private final ChecklistReports reports;
  private final ChecklistReportPdfExporter pdf;
  private final ChecklistReportWordExporter word;
  private final AgencyViewsService views;
  private final AgencyViewsReports viewsReports;

  ChecklistReportService(
      ReviewService reviews,
      ActionService actions,
      ChecklistReports reports,
      ChecklistReportPdfExporter pdf,
      ChecklistReportWordExporter word,
      AgencyViewsService views,
      AgencyViewsReports viewsReports) {
    this.views = views;
    this.viewsReports = viewsReports;
    this.reviews = reviews;
    this.actions = actions;
    this.reports = reports;
    this.pdf = pdf;
    this.word = word;
  }

  /**
   * The report, or empty while the review is in progress: a report is only of agreed ratings.
   *
   * @throws uk.missingchildren.response.review.ReviewNotFoundException (404) if the review is not
   *     the partnership's
   */
  Optional<ChecklistReport> report(PartnershipContext context, UUID reviewId) {
    ReviewView view = reviews.view(context, reviewId);
    if (!view.review().completed()) {
      return Optional.empty();
    }
    AgencyViewsInReport agencyViews =
        viewsReports.of(
            views.forReport(context, reviews.viewsSubject(context, view)),
            "report.views.item",
            itemId ->
                view.rating(itemId).map(rating -> view.extentLabel(rating.extent())).orElse(null));
    return Optional.of(
        reports.of(
            context,
            view,
            reviews.attendees(context, reviewId),
            actions.setIn(context, reviewId),
            agencyViews));
  }

  byte[] pdf(ChecklistReport report) {
    return pdf.export(report);
  }

  byte[] word(ChecklistReport report) {
    return word.export(report);
  }
}

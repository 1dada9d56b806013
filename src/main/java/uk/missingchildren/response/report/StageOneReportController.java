package uk.missingchildren.response.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import uk.missingchildren.response.benchmark.BenchmarkPages;
import uk.missingchildren.response.displaymode.DisplayMode;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.notification.ServiceAddress;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ChecklistNextStep;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.shared.web.FileDownload;

/**
 * The stage one report page and its PDF and Word downloads. Until the benchmark is submitted there
 * is no report, and each address sends people to check the answers instead.
 */
@Controller
class StageOneReportController {

  private final ReportService reports;
  private final ReviewService reviews;
  private final FrameworkCatalogue catalogue;
  private final ServiceAddress links;
  private final MessageSource messages;

  StageOneReportController(
      ReportService reports,
      ReviewService reviews,
      FrameworkCatalogue catalogue,
      ServiceAddress links,
      MessageSource messages) {
    this.reports = reports;
    this.reviews = reviews;
    this.catalogue = catalogue;
    this.links = links;
    this.messages = messages;
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/report")
  String report(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      @RequestAttribute(name = "displayMode", required = false) DisplayMode displayMode,
      Model model) {
    Optional<StageOneReport> found = reports.report(context, benchmarkId);
    if (found.isEmpty()) {
      return checkAnswers(partnershipId, benchmarkId);
    }
    StageOneReport report = found.get();
    boolean lowVision = displayMode != null && displayMode.isLowVision();
    model.addAttribute("context", context);
    model.addAttribute("benchmarkId", benchmarkId);
    model.addAttribute("report", report);
    model.addAttribute("nextSteps", nextSteps(context, report));
    model.addAttribute(
        "chart",
        BarChart.of(
            report.areas(),
            report.bands(),
            lowVision,
            (rating, percent) -> message("report.chart.value", rating, percent),
            percent -> message("report.chart.axis", percent)));
    // Printed pages show where their links lead, and a printout needs the whole address.
    model.addAttribute("linkBase", links.link(""));
    // Built here: the page title is computed where templates may not call beans.
    model.addAttribute(
        "pageTitle", message("report.pageTitle", report.partnershipName(), report.meetingDay()));
    return "report/stage-one";
  }

  /** Each priority area's checklist to start or continue, by the area's slug. */
  private Map<String, ChecklistNextStep> nextSteps(
      PartnershipContext context, StageOneReport report) {
    List<Theme> themes =
        report.priorities().stream()
            .map(area -> catalogue.current().theme(area.slug()))
            .flatMap(Optional::stream)
            .toList();
    return reviews.nextSteps(context, themes).stream()
        .collect(
            Collectors.toMap(
                step -> step.theme().slug(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/report.pdf")
  ResponseEntity<byte[]> pdf(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId) {
    return reports
        .report(context, benchmarkId)
        .map(
            report ->
                FileDownload.partnershipFile(
                    reports.pdf(report),
                    MediaType.APPLICATION_PDF,
                    ReportService.fileStem(report) + ".pdf"))
        .orElseGet(() -> ReportResponses.redirect(checkAnswers(partnershipId, benchmarkId)));
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/report.docx")
  ResponseEntity<byte[]> word(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId) {
    return reports
        .report(context, benchmarkId)
        .map(
            report ->
                FileDownload.partnershipFile(
                    reports.word(report),
                    FileDownload.WORD,
                    ReportService.fileStem(report) + ".docx"))
        .orElseGet(() -> ReportResponses.redirect(checkAnswers(partnershipId, benchmarkId)));
  }

  static String checkAnswers(UUID partnershipId, UUID benchmarkId) {
    return "redirect:" + BenchmarkPages.path(partnershipId, benchmarkId) + "/check";
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, StageOneReports.LOCALE);
  }
}

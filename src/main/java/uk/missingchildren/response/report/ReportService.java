package uk.missingchildren.response.report;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkView;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.notification.Email;
import uk.missingchildren.response.notification.EmailComposer;
import uk.missingchildren.response.notification.Mailer;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The stage one report of a submitted benchmark, in every form it comes in. Anyone in the
 * partnership, viewers included, may read, download and email it.
 */
@Service
class ReportService {

  static final String PDF = "application/pdf";

  private final BenchmarkService benchmarks;
  private final StageOneReports reports;
  private final ReportPdfExporter pdf;
  private final ReportWordExporter word;
  private final EmailComposer composer;
  private final Mailer mailer;
  private final AuditLog audit;
  private final MessageSource messages;
  private final AgencyViewsService views;
  private final AgencyViewsReports viewsReports;

  ReportService(
      BenchmarkService benchmarks,
      StageOneReports reports,
      ReportPdfExporter pdf,
      ReportWordExporter word,
      EmailComposer composer,
      Mailer mailer,
      AuditLog audit,
      MessageSource messages,
      AgencyViewsService views,
      AgencyViewsReports viewsReports) {
    this.views = views;
    this.viewsReports = viewsReports;
    this.benchmarks = benchmarks;
    this.reports = reports;
    this.pdf = pdf;
    this.word = word;
    this.composer = composer;
    this.mailer = mailer;
    this.audit = audit;
    this.messages = messages;
  }

  /**
   * The report, or empty while the benchmark is not submitted (a report is only of agreed answers).
   */
  Optional<StageOneReport> report(PartnershipContext context, UUID benchmarkId) {
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    if (!view.benchmark().submitted()) {
      return Optional.empty();
    }
    AgencyViewsInReport agencyViews =
        viewsReports.of(
            views.forReport(context, benchmarks.viewsSubject(context, view)),
            "report.views.question",
            view::answerLabel);
    return Optional.of(reports.of(context, view, agencyViews));
  }

  byte[] pdf(StageOneReport report) {
    return pdf.export(report);
  }

  byte[] word(StageOneReport report) {
    return word.export(report);
  }

  /** "stage-one-report-2026-11-02", named after the meeting, for the files and the attachment. */
  static String fileStem(StageOneReport report) {
    return "stage-one-report-" + report.meetingDate();
  }

  /**
   * Sends one email to each recipient, with the report attached as a PDF and its ratings in the
   * message, and records who it went to in the partnership's audit log.
   *
   * @return how the emails went: the worst of their deliveries
   */
  Delivery email(
      PartnershipContext context, StageOneReport report, List<String> recipients, String personal) {
    Email.Attachment attachment =
        new Email.Attachment(fileStem(report) + ".pdf", PDF, pdf.export(report));
    Delivery worst = Delivery.SENT;
    for (String recipient : recipients) {
      Email composed =
          composer.compose(
              recipient, "stageOneReport", report.path(), arguments(context, report, personal));
      Delivery delivery =
          mailer.send(
              composed.withPartnershipContent(context.partnershipId(), List.of(attachment)));
      // Declared from best to worst: one email kept in the outbox is what the sender must hear
      // about.
      worst = delivery.ordinal() > worst.ordinal() ? delivery : worst;
    }
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        "BENCHMARK_REPORT_EMAILED",
        "Benchmark of " + report.meetingDate(),
        "to: " + String.join(", ", recipients));
    return worst;
  }

  private Object[] arguments(PartnershipContext context, StageOneReport report, String personal) {
    String priorities =
        IntStream.range(0, report.priorities().size())
            .mapToObj(i -> (i + 1) + ". " + areaLine(report.priorities().get(i)))
            .collect(Collectors.joining("\n"));
    String ratings =
        report.areas().stream()
            .map(area -> "- " + areaLine(area))
            .collect(Collectors.joining("\n"));
    return new Object[] {
      report.partnershipName(),
      report.meetingDay(),
      context.email(),
      personal == null ? "" : message("email.stageOneReport.personal", personal),
      message(
          report.priorities().isEmpty()
              ? "email.stageOneReport.noPriorities"
              : "email.stageOneReport.priorities"),
      priorities,
      ratings,
      message("email.stageOneReport.ratings", report.areas().size())
    };
  }

  private String areaLine(StageOneReport.Area area) {
    return message("email.stageOneReport.area", area.title(), area.ratingLabel(), area.percent());
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(
        key, arguments.length == 0 ? null : arguments, StageOneReports.LOCALE);
  }
}

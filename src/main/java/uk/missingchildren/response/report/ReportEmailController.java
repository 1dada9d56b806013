package uk.missingchildren.response.report;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * Emailing a copy of the report to people who are not necessarily members. Viewers may do it too:
 * they can read the report, so they can pass it on.
 */
@Controller
class ReportEmailController {

  private final ReportService reports;
  private final MessageSource messages;
  private final FormSubmissions submissions;

  ReportEmailController(
      ReportService reports, MessageSource messages, FormSubmissions submissions) {
    this.submissions = submissions;
    this.reports = reports;
    this.messages = messages;
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/report/email")
  String form(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      Model model) {
    return reports
        .report(context, benchmarkId)
        .map(report -> page(context, report, new ReportEmailForm(), model))
        .orElseGet(() -> StageOneReportController.checkAnswers(partnershipId, benchmarkId));
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/report/email")
  String send(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      @ModelAttribute("reportEmailForm") ReportEmailForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    Optional<StageOneReport> found = reports.report(context, benchmarkId);
    if (found.isEmpty()) {
      return StageOneReportController.checkAnswers(partnershipId, benchmarkId);
    }
    new ReportEmailValidator(messages).validate(form, errors);
    if (errors.hasErrors()) {
      return page(context, found.get(), form, model);
    }
    List<String> recipients = form.recipients();
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute(
                  "delivery",
                  reports.email(context, found.get(), recipients, form.messageOrNull()));
              redirect.addFlashAttribute("emailedTo", String.join(", ", recipients));
              return found.get().path();
            });
  }

  private String page(
      PartnershipContext context, StageOneReport report, ReportEmailForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("report", report);
    model.addAttribute("reportEmailForm", form);
    model.addAttribute(
        "pageTitle",
        messages.getMessage(
            "report.email.pageTitle", new Object[] {report.meetingDay()}, StageOneReports.LOCALE));
    return "report/email";
  }
}

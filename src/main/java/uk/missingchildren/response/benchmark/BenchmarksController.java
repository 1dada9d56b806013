package uk.missingchildren.response.benchmark;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.agencyviews.AgencyViewsService;
import uk.missingchildren.response.meeting.MeetingDetailsForm;
import uk.missingchildren.response.meeting.MeetingDetailsValidator;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;
import uk.missingchildren.response.shared.web.DisplayDates;

/** The benchmark history, starting a benchmark, its overview and its meeting details. */
@Controller
class BenchmarksController {

  private final BenchmarkService benchmarks;
  private final DisplayDates dates;
  private final FormSubmissions submissions;
  private final AgencyViewsService views;
  private final BenchmarkViewsMeeting viewsMeeting;

  BenchmarksController(
      BenchmarkService benchmarks,
      DisplayDates dates,
      FormSubmissions submissions,
      AgencyViewsService views,
      BenchmarkViewsMeeting viewsMeeting) {
    this.views = views;
    this.viewsMeeting = viewsMeeting;
    this.submissions = submissions;
    this.benchmarks = benchmarks;
    this.dates = dates;
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks")
  String history(PartnershipContext context, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("history", benchmarks.history(context));
    return "benchmark/history";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/new")
  String startForm(PartnershipContext context, Model model) {
    context.requireEditor();
    return startPage(context, new StartBenchmarkForm(), model);
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/new")
  String start(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @Valid @ModelAttribute("startBenchmarkForm") StartBenchmarkForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    new MeetingDetailsValidator(benchmarks.today()).validate(form, errors);
    if (!startingPoints(context).contains(form.getStartFrom())) {
      errors.rejectValue("startFrom", "benchmark.error.startFrom");
    }
    if (errors.hasErrors()) {
      return startPage(context, form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            () ->
                BenchmarkPages.path(partnershipId, benchmarks.start(context, form))
                    + "/attendees?new");
  }

  /** "blank", or the id of one of the partnership's benchmarks that has answers to copy. */
  private List<String> startingPoints(PartnershipContext context) {
    List<String> points = new java.util.ArrayList<>(List.of(StartBenchmarkForm.BLANK));
    benchmarks.history(context).stream()
        .filter(s -> s.answered() > 0)
        .forEach(s -> points.add(s.benchmark().id().toString()));
    return points;
  }

  private String startPage(PartnershipContext context, StartBenchmarkForm form, Model model) {
    List<BenchmarkSummary> previous =
        benchmarks.history(context).stream().filter(s -> s.answered() > 0).toList();
    model.addAttribute("context", context);
    model.addAttribute("startBenchmarkForm", form);
    model.addAttribute("previous", previous);
    return "benchmark/start";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}")
  String overview(PartnershipContext context, @PathVariable UUID benchmarkId, Model model) {
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("startedFrom", benchmarks.startedFrom(context, view));
    model.addAttribute(
        "viewsOverview",
        views.overview(context, viewsMeeting.subjectOf(context, view)).orElse(null));
    // Formatted here: the page title is built where templates may not call beans.
    model.addAttribute("meetingDay", dates.day(view.benchmark().meetingDate()));
    return "benchmark/overview";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/details")
  String detailsForm(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      Model model) {
    context.requireEditor();
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    view.benchmark().requireInProgress();
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("meetingDetailsForm", MeetingDetailsForm.from(view.benchmark().details()));
    model.addAttribute("base", BenchmarkPages.path(partnershipId, benchmarkId));
    return "meeting/details-form";
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/details")
  String changeDetails(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      @Valid @ModelAttribute("meetingDetailsForm") MeetingDetailsForm form,
      BindingResult errors,
      Model model) {
    context.requireEditor();
    new MeetingDetailsValidator(benchmarks.today()).validate(form, errors);
    if (errors.hasErrors()) {
      model.addAttribute("context", context);
      model.addAttribute("view", benchmarks.view(context, benchmarkId));
      model.addAttribute("base", BenchmarkPages.path(partnershipId, benchmarkId));
      return "meeting/details-form";
    }
    benchmarks.changeDetails(context, benchmarkId, form);
    return "redirect:" + BenchmarkPages.path(partnershipId, benchmarkId) + "?detailsChanged";
  }
}

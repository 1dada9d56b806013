package uk.missingchildren.response.benchmark;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * Check your answers, submit, the confirmation, and a coordinator reopening a submitted benchmark.
 */
@Controller
class SubmissionController {

  private final BenchmarkService benchmarks;
  private final ReviewService reviews;
  private final FormSubmissions submissions;

  SubmissionController(
      BenchmarkService benchmarks, ReviewService reviews, FormSubmissions submissions) {
    this.submissions = submissions;
    this.benchmarks = benchmarks;
    this.reviews = reviews;
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/check")
  String check(PartnershipContext context, @PathVariable UUID benchmarkId, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("view", benchmarks.view(context, benchmarkId));
    return "benchmark/check";
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/submit")
  String submit(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    String submitted = BenchmarkPages.path(partnershipId, benchmarkId) + "/submitted";
    if (view.benchmark().submitted()) {
      // A second press of the button, or someone else submitted it meanwhile: it is done either
      // way.
      return "redirect:" + submitted;
    }
    try {
      return "redirect:"
          + submissions.once(
              request,
              () -> {
                benchmarks.submit(context, benchmarkId);
                return submitted;
              });
    } catch (BenchmarkSubmittedException | ConcurrencyFailureException pressedOnTwoLaptopsAtOnce) {
      // The other press won; if it submitted the benchmark, this press has nothing left to do.
      if (benchmarks.view(context, benchmarkId).benchmark().submitted()) {
        return "redirect:" + submitted;
      }
      throw pressedOnTwoLaptopsAtOnce;
    } catch (BenchmarkIncompleteException incomplete) {
      model.addAttribute("context", context);
      model.addAttribute("view", view);
      model.addAttribute("unanswered", incomplete.unanswered());
      return "benchmark/check";
    }
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/submitted")
  String submitted(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      Model model) {
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    if (!view.benchmark().submitted()) {
      return "redirect:" + BenchmarkPages.path(partnershipId, benchmarkId) + "/check";
    }
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    List<StageOneResults.AreaResult> priorities = view.results().priorities();
    model.addAttribute("priorities", priorities);
    // Each priority area's checklist, one click away: start it, or continue the round in progress.
    model.addAttribute(
        "nextSteps",
        reviews.nextSteps(
            context, priorities.stream().map(StageOneResults.AreaResult::theme).toList()));
    return "benchmark/submitted";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/reopen")
  String reopenForm(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      Model model) {
    context.requireCoordinator();
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    if (!view.benchmark().submitted()) {
      return "redirect:" + BenchmarkPages.path(partnershipId, benchmarkId);
    }
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    return "benchmark/reopen";
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/reopen")
  String reopen(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID benchmarkId,
      HttpServletRequest request) {
    context.requireCoordinator();
    String reopened = BenchmarkPages.path(partnershipId, benchmarkId) + "?reopened";
    if (!benchmarks.view(context, benchmarkId).benchmark().submitted()) {
      return "redirect:" + reopened;
    }
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              benchmarks.reopen(context, benchmarkId);
              return reopened;
            });
  }
}

package uk.missingchildren.response.benchmark;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Check your answers, submit, the confirmation, and a coordinator reopening a submitted benchmark. */
@Controller
class SubmissionController {

  private final PartnershipAccess access;
  private final BenchmarkService benchmarks;

  SubmissionController(PartnershipAccess access, BenchmarkService benchmarks) {
    this.access = access;
    this.benchmarks = benchmarks;
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/check")
  String check(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user);
    model.addAttribute("context", context);
    model.addAttribute("view", benchmarks.view(context, benchmarkId));
    return "benchmark/check";
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/submit")
  String submit(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    if (view.benchmark().submitted()) {
      // A second press of the button: it is already done.
      return "redirect:/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId + "/submitted";
    }
    try {
      benchmarks.submit(context, benchmarkId);
    } catch (BenchmarkIncompleteException incomplete) {
      model.addAttribute("context", context);
      model.addAttribute("view", view);
      model.addAttribute("unanswered", incomplete.unanswered());
      return "benchmark/check";
    }
    return "redirect:/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId + "/submitted";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/submitted")
  String submitted(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user);
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    if (!view.benchmark().submitted()) {
      return "redirect:/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId + "/check";
    }
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("priorities", view.results().priorities());
    return "benchmark/submitted";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/reopen")
  String reopenForm(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user).requireCoordinator();
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    if (!view.benchmark().submitted()) {
      return "redirect:/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId;
    }
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    return "benchmark/reopen";
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/reopen")
  String reopen(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId,
      @AuthenticationPrincipal SignedInUser user) {
    PartnershipContext context = access.require(partnershipId, user).requireCoordinator();
    if (benchmarks.view(context, benchmarkId).benchmark().submitted()) {
      benchmarks.reopen(context, benchmarkId);
    }
    return "redirect:/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId + "?reopened";
  }
}

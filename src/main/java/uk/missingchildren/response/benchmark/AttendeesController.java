package uk.missingchildren.response.benchmark;

import uk.missingchildren.response.shared.forms.FormSubmissions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/** Who is at the meeting: a list with a form to add people, and pages to correct or remove them. */
@Controller
class AttendeesController {

  private final PartnershipAccess access;
  private final BenchmarkService benchmarks;
  private final AttendeeService attendees;
  private final DisplayDates dates;
  private final FormSubmissions submissions;

  AttendeesController(PartnershipAccess access, BenchmarkService benchmarks, AttendeeService attendees, DisplayDates dates, FormSubmissions submissions) {
    this.submissions = submissions;
    this.access = access;
    this.benchmarks = benchmarks;
    this.attendees = attendees;
    this.dates = dates;
  }

  private AttendeesPage meeting(PartnershipContext context, BenchmarkView view) {
    return new AttendeesPage("/partnerships/" + context.partnershipId() + "/benchmarks/" + view.benchmark().id(),
        "benchmark.caption", new Object[] {dates.day(view.benchmark().meetingDate())},
        "benchmark.backToOverview", "attendees.continue");
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/attendees")
  String list(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    return listPage(context, benchmarkId, new AttendeeForm(), model);
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/attendees")
  String add(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId,
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form, BindingResult errors, Model model,
      RedirectAttributes redirect, HttpServletRequest request) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    if (errors.hasErrors()) {
      return listPage(context, benchmarkId, form, model);
    }
    return "redirect:" + submissions.once(request, redirect, () -> {
      redirect.addFlashAttribute("added", attendees.add(context, benchmarkId, form).name());
      return "/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId + "/attendees#attendees";
    });
  }

  private String listPage(PartnershipContext context, UUID benchmarkId, AttendeeForm form, Model model) {
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    view.benchmark().requireInProgress();
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting(context, view));
    model.addAttribute("attendees", view.attendees());
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/attendees";
  }

  @GetMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/attendees/{attendeeId}")
  String changeForm(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    Attendee attendee = attendees.attendee(context, benchmarkId, attendeeId);
    return changePage(context, benchmarkId, attendee, AttendeeForm.from(attendee), model);
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/attendees/{attendeeId}")
  String change(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    if (errors.hasErrors()) {
      return changePage(context, benchmarkId, attendees.attendee(context, benchmarkId, attendeeId), form, model);
    }
    attendees.change(context, benchmarkId, attendeeId, form);
    redirect.addFlashAttribute("changed", form.cleanName());
    return "redirect:/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId + "/attendees#attendees";
  }

  private String changePage(PartnershipContext context, UUID benchmarkId, Attendee attendee, AttendeeForm form, Model model) {
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    view.benchmark().requireInProgress();
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting(context, view));
    model.addAttribute("attendee", attendee);
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/attendee";
  }

  @PostMapping("/partnerships/{partnershipId}/benchmarks/{benchmarkId}/attendees/{attendeeId}/remove")
  String remove(@PathVariable UUID partnershipId, @PathVariable UUID benchmarkId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    attendees.remove(context, benchmarkId, attendeeId).ifPresent(name -> redirect.addFlashAttribute("removed", name));
    return "redirect:/partnerships/" + partnershipId + "/benchmarks/" + benchmarkId + "/attendees#attendees";
  }
}

package uk.missingchildren.response.checklist;

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
import uk.missingchildren.response.benchmark.AttendeeForm;
import uk.missingchildren.response.benchmark.AttendeesPage;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Who is at a checklist review meeting: the list, adding, correcting and removing people. */
@Controller
class ReviewAttendeesController {

  private final PartnershipAccess access;
  private final ChecklistReviewService reviews;
  private final ReviewAttendeeService attendees;
  private final FormSubmissions submissions;

  ReviewAttendeesController(PartnershipAccess access, ChecklistReviewService reviews, ReviewAttendeeService attendees, FormSubmissions submissions) {
    this.submissions = submissions;
    this.access = access;
    this.reviews = reviews;
    this.attendees = attendees;
  }

  private static AttendeesPage meeting(PartnershipContext context, ReviewView view) {
    return new AttendeesPage("/partnerships/" + context.partnershipId() + "/reviews/" + view.review().id(),
        "review.caption", new Object[] {view.theme().title(), view.review().round()},
        "review.backToOverview", "review.attendees.continue");
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/attendees")
  String list(@PathVariable UUID partnershipId, @PathVariable UUID reviewId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    return listPage(access.require(partnershipId, user).requireEditor(), reviewId, new AttendeeForm(), model);
  }

  @PostMapping("/partnerships/{partnershipId}/reviews/{reviewId}/attendees")
  String add(@PathVariable UUID partnershipId, @PathVariable UUID reviewId, @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form, BindingResult errors, Model model,
      RedirectAttributes redirect, HttpServletRequest request) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    if (errors.hasErrors()) {
      return listPage(context, reviewId, form, model);
    }
    return "redirect:" + submissions.once(request, redirect, () -> {
      redirect.addFlashAttribute("added", attendees.add(context, reviewId, form).name());
      return "/partnerships/" + partnershipId + "/reviews/" + reviewId + "/attendees#attendees";
    });
  }

  private String listPage(PartnershipContext context, UUID reviewId, AttendeeForm form, Model model) {
    ReviewView view = reviews.view(context, reviewId);
    view.review().requireInProgress();
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting(context, view));
    model.addAttribute("attendees", attendees.attendees(context, reviewId));
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/attendees";
  }

  @GetMapping("/partnerships/{partnershipId}/reviews/{reviewId}/attendees/{attendeeId}")
  String changeForm(@PathVariable UUID partnershipId, @PathVariable UUID reviewId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    ReviewAttendee attendee = attendees.attendee(context, reviewId, attendeeId);
    return changePage(context, reviewId, attendee, AttendeeForm.of(attendee.name(), attendee.agency(), attendee.role()), model);
  }

  @PostMapping("/partnerships/{partnershipId}/reviews/{reviewId}/attendees/{attendeeId}")
  String change(@PathVariable UUID partnershipId, @PathVariable UUID reviewId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    if (errors.hasErrors()) {
      return changePage(context, reviewId, attendees.attendee(context, reviewId, attendeeId), form, model);
    }
    attendees.change(context, reviewId, attendeeId, form);
    redirect.addFlashAttribute("changed", form.cleanName());
    return "redirect:/partnerships/" + partnershipId + "/reviews/" + reviewId + "/attendees#attendees";
  }

  private String changePage(PartnershipContext context, UUID reviewId, ReviewAttendee attendee, AttendeeForm form, Model model) {
    ReviewView view = reviews.view(context, reviewId);
    view.review().requireInProgress();
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting(context, view));
    model.addAttribute("attendee", attendee);
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/attendee";
  }

  @PostMapping("/partnerships/{partnershipId}/reviews/{reviewId}/attendees/{attendeeId}/remove")
  String remove(@PathVariable UUID partnershipId, @PathVariable UUID reviewId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    attendees.remove(context, reviewId, attendeeId).ifPresent(name -> redirect.addFlashAttribute("removed", name));
    return "redirect:/partnerships/" + partnershipId + "/reviews/" + reviewId + "/attendees#attendees";
  }
}

package uk.missingchildren.response.followup;

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
import uk.missingchildren.response.shared.web.DisplayDates;

/** Who is at a follow-up meeting: the list, adding, correcting and removing people. */
@Controller
class FollowUpAttendeesController {

  private final PartnershipAccess access;
  private final FollowUpService followUps;
  private final FollowUpService attendees;
  private final FormSubmissions submissions;

  FollowUpAttendeesController(PartnershipAccess access, FollowUpService followUps, FormSubmissions submissions) {
    this.submissions = submissions;
    this.access = access;
    this.followUps = followUps;
    this.attendees = followUps;
  }

  private static AttendeesPage meeting(PartnershipContext context, FollowUpView view) {
    return new AttendeesPage(FollowUpPages.path(context, view.meeting().id()),
        "followUp.caption", new Object[] {new DisplayDates().day(view.meeting().meetingDate())},
        "followUp.backToOverview", "followUp.attendees.continue");
  }

  @GetMapping("/partnerships/{partnershipId}/follow-ups/{meetingId}/attendees")
  String list(@PathVariable UUID partnershipId, @PathVariable UUID meetingId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    return listPage(access.require(partnershipId, user).requireEditor(), meetingId, new AttendeeForm(), model);
  }

  @PostMapping("/partnerships/{partnershipId}/follow-ups/{meetingId}/attendees")
  String add(@PathVariable UUID partnershipId, @PathVariable UUID meetingId, @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form, BindingResult errors, Model model,
      RedirectAttributes redirect, HttpServletRequest request) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    if (errors.hasErrors()) {
      return listPage(context, meetingId, form, model);
    }
    return "redirect:" + submissions.once(request, redirect, () -> {
      redirect.addFlashAttribute("added", attendees.addAttendee(context, meetingId, form).name());
      return "/partnerships/" + partnershipId + "/follow-ups/" + meetingId + "/attendees#attendees";
    });
  }

  private String listPage(PartnershipContext context, UUID meetingId, AttendeeForm form, Model model) {
    FollowUpView view = followUps.view(context, meetingId);
    view.meeting().requireInProgress();
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting(context, view));
    model.addAttribute("attendees", view.attendees());
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/attendees";
  }

  @GetMapping("/partnerships/{partnershipId}/follow-ups/{meetingId}/attendees/{attendeeId}")
  String changeForm(@PathVariable UUID partnershipId, @PathVariable UUID meetingId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, Model model) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    FollowUpAttendee attendee = attendees.attendee(context, meetingId, attendeeId);
    return changePage(context, meetingId, attendee, AttendeeForm.of(attendee.name(), attendee.agency(), attendee.role()), model);
  }

  @PostMapping("/partnerships/{partnershipId}/follow-ups/{meetingId}/attendees/{attendeeId}")
  String change(@PathVariable UUID partnershipId, @PathVariable UUID meetingId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    if (errors.hasErrors()) {
      return changePage(context, meetingId, attendees.attendee(context, meetingId, attendeeId), form, model);
    }
    attendees.changeAttendee(context, meetingId, attendeeId, form);
    redirect.addFlashAttribute("changed", form.cleanName());
    return "redirect:/partnerships/" + partnershipId + "/follow-ups/" + meetingId + "/attendees#attendees";
  }

  private String changePage(PartnershipContext context, UUID meetingId, FollowUpAttendee attendee, AttendeeForm form, Model model) {
    FollowUpView view = followUps.view(context, meetingId);
    view.meeting().requireInProgress();
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting(context, view));
    model.addAttribute("attendee", attendee);
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/attendee";
  }

  @PostMapping("/partnerships/{partnershipId}/follow-ups/{meetingId}/attendees/{attendeeId}/remove")
  String remove(@PathVariable UUID partnershipId, @PathVariable UUID meetingId, @PathVariable UUID attendeeId,
      @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
    PartnershipContext context = access.require(partnershipId, user).requireEditor();
    attendees.removeAttendee(context, meetingId, attendeeId).ifPresent(name -> redirect.addFlashAttribute("removed", name));
    return "redirect:/partnerships/" + partnershipId + "/follow-ups/" + meetingId + "/attendees#attendees";
  }
}

package uk.missingchildren.response.meeting;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * Who is at a meeting of any kind: a list with a form to add people, and pages to correct or remove
 * them. The kind is the part of the address before the meeting's id.
 */
@Controller
@RequestMapping(
    "/partnerships/{partnershipId}/{kind:benchmarks|reviews|follow-ups}/{meetingId}/attendees")
class AttendeesController {

  private final MeetingKinds kinds;
  private final AttendeeService attendees;
  private final PeopleService people;
  private final FormSubmissions submissions;

  AttendeesController(
      MeetingKinds kinds,
      AttendeeService attendees,
      PeopleService people,
      FormSubmissions submissions) {
    this.kinds = kinds;
    this.attendees = attendees;
    this.people = people;
    this.submissions = submissions;
  }

  @GetMapping
  String list(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      Model model) {
    return listPage(
        context.requireEditor(),
        kinds.at(kind),
        meetingId,
        new AttendeeForm(),
        new ChooseAttendeesForm(),
        model);
  }

  @PostMapping
  String add(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    context.requireEditor();
    MeetingKind meetings = kinds.at(kind);
    if (errors.hasErrors()) {
      return listPage(context, meetings, meetingId, form, new ChooseAttendeesForm(), model);
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute(
                  "added", attendees.add(context, meetings, meetingId, form).name());
              return listPath(context, meetings, meetingId);
            });
  }

  /** Adds everyone who attended the partnership's last meeting and is not here yet. */
  @PostMapping("/same-as-last-time")
  String addSameAsLastTime(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    context.requireEditor();
    MeetingKind meetings = kinds.at(kind);
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute(
                  "addedCount", attendees.addSameAsLastTime(context, meetings, meetingId));
              return listPath(context, meetings, meetingId);
            });
  }

  /** Adds the people chosen from the partnership's list. */
  @PostMapping("/from-list")
  String addFromList(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @Valid @ModelAttribute("chooseForm") ChooseAttendeesForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    context.requireEditor();
    MeetingKind meetings = kinds.at(kind);
    if (errors.hasErrors()) {
      return listPage(context, meetings, meetingId, new AttendeeForm(), form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute(
                  "addedCount",
                  attendees.addFromList(context, meetings, meetingId, form.getPeople()));
              return listPath(context, meetings, meetingId);
            });
  }

  @GetMapping("/{attendeeId}")
  String changeForm(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable UUID attendeeId,
      Model model) {
    context.requireEditor();
    MeetingKind meetings = kinds.at(kind);
    MeetingAttendee attendee = attendees.attendee(context, meetings, meetingId, attendeeId);
    return changePage(context, meetings, meetingId, attendee, AttendeeForm.from(attendee), model);
  }

  @PostMapping("/{attendeeId}")
  String change(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable UUID attendeeId,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    context.requireEditor();
    MeetingKind meetings = kinds.at(kind);
    if (errors.hasErrors()) {
      return changePage(
          context,
          meetings,
          meetingId,
          attendees.attendee(context, meetings, meetingId, attendeeId),
          form,
          model);
    }
    attendees.change(context, meetings, meetingId, attendeeId, form);
    redirect.addFlashAttribute("changed", form.cleanName());
    return "redirect:" + listPath(context, meetings, meetingId);
  }

  @PostMapping("/{attendeeId}/remove")
  String remove(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable UUID attendeeId,
      RedirectAttributes redirect) {
    context.requireEditor();
    MeetingKind meetings = kinds.at(kind);
    attendees
        .remove(context, meetings, meetingId, attendeeId)
        .ifPresent(name -> redirect.addFlashAttribute("removed", name));
    return "redirect:" + listPath(context, meetings, meetingId);
  }

  private String listPage(
      PartnershipContext context,
      MeetingKind kind,
      UUID meetingId,
      AttendeeForm form,
      ChooseAttendeesForm chooseForm,
      Model model) {
    OpenMeeting meeting = attendees.open(context, kind, meetingId);
    List<? extends MeetingAttendee> here = attendees.attendees(context, kind, meetingId);
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting.page());
    model.addAttribute("attendees", here);
    model.addAttribute("attendeeForm", form);
    model.addAttribute("chooseForm", chooseForm);
    model.addAttribute("agencies", Agency.values());
    attendees
        .lastTime(context, kind, meetingId)
        .ifPresent(
            last -> {
              model.addAttribute("lastTime", last);
              model.addAttribute("lastTimeToAdd", notHere(last.attendees(), here));
            });
    model.addAttribute("choosable", notHere(people.people(context), here));
    return "meeting/attendees";
  }

  /** Those of {@code people} not at the meeting yet. */
  private static <T extends MeetingAttendee> List<T> notHere(
      List<T> people, List<? extends MeetingAttendee> here) {
    return people.stream()
        .filter(
            person ->
                here.stream()
                    .noneMatch(attendee -> attendee.isSamePersonAs(person.name(), person.agency())))
        .toList();
  }

  private String changePage(
      PartnershipContext context,
      MeetingKind kind,
      UUID meetingId,
      MeetingAttendee attendee,
      AttendeeForm form,
      Model model) {
    model.addAttribute("context", context);
    model.addAttribute("meeting", attendees.open(context, kind, meetingId).page());
    model.addAttribute("attendee", attendee);
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/attendee";
  }

  private static String listPath(PartnershipContext context, MeetingKind kind, UUID meetingId) {
    return "/partnerships/"
        + context.partnershipId()
        + "/"
        + kind.pathSegment()
        + "/"
        + meetingId
        + "/attendees#attendees";
  }
}

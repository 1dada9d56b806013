package uk.missingchildren.response.oversight;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.meeting.MeetingDetailsValidator;
import uk.missingchildren.response.shared.forms.FormSubmissions;
import uk.missingchildren.response.shared.web.DisplayDates;
import uk.missingchildren.response.shared.web.FileDownload;

/**
 * A group's meetings: the list, recording one, its minutes (also as Word), and changing them. Any
 * member of the group may record and change them.
 */
@Controller
class GroupMeetingsController {

  private static final String BASE = "/oversight/{groupId}/meetings";

  private final OversightService groups;
  private final OversightDashboard dashboard;
  private final GroupMeetingService meetings;
  private final GroupMinutesWordExporter word;
  private final ActionService actions;
  private final FormSubmissions submissions;
  private final DisplayDates dates;

  GroupMeetingsController(
      OversightService groups,
      OversightDashboard dashboard,
      GroupMeetingService meetings,
      GroupMinutesWordExporter word,
      ActionService actions,
      FormSubmissions submissions,
      DisplayDates dates) {
    this.dates = dates;
    this.groups = groups;
    this.dashboard = dashboard;
    this.meetings = meetings;
    this.word = word;
    this.actions = actions;
    this.submissions = submissions;
  }

  @GetMapping(BASE)
  String list(@PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user, Model model) {
    GroupContext group = groups.require(groupId, user);
    model.addAttribute("group", group);
    model.addAttribute("meetings", meetings.meetings(group));
    return "oversight/meetings";
  }

  @GetMapping(BASE + "/new")
  String newForm(
      @PathVariable UUID groupId, @AuthenticationPrincipal SignedInUser user, Model model) {
    GroupContext group = groups.require(groupId, user);
    return form(group, null, new GroupMeetingForm(), dashboard.raised(group), null, model);
  }

  @PostMapping(BASE + "/new")
  String record(
      @PathVariable UUID groupId,
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("meetingForm") GroupMeetingForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    GroupContext group = groups.require(groupId, user);
    List<OversightDashboard.RaisedLine> raised = dashboard.raised(group);
    validate(form, errors);
    if (errors.hasErrors()) {
      return form(group, null, form, raised, null, model);
    }
    // Sent twice (a double click), the form still records one meeting.
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              UUID meetingId = meetings.record(group, form.record(), raised);
              redirect.addFlashAttribute("recorded", true);
              return "/oversight/" + groupId + "/meetings/" + meetingId;
            });
  }

  @GetMapping(BASE + "/{meetingId}")
  String minutes(
      @PathVariable UUID groupId,
      @PathVariable UUID meetingId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    GroupContext group = groups.require(groupId, user);
    model.addAttribute("group", group);
    GroupMeetingService.MeetingView view = meetings.view(group, meetingId, dashboard.raised(group));
    model.addAttribute("view", view);
    model.addAttribute("meetingDay", dates.day(view.meeting().meetingDate()));
    return "oversight/meeting";
  }

  @GetMapping(BASE + "/{meetingId}/minutes.docx")
  ResponseEntity<byte[]> minutesAsWord(
      @PathVariable UUID groupId,
      @PathVariable UUID meetingId,
      @AuthenticationPrincipal SignedInUser user) {
    GroupContext group = groups.require(groupId, user);
    GroupMeetingService.MeetingView view = meetings.view(group, meetingId, dashboard.raised(group));
    return FileDownload.partnershipFile(
        word.export(group, view),
        FileDownload.WORD,
        "oversight-minutes-" + view.meeting().meetingDate() + ".docx");
  }

  @GetMapping(BASE + "/{meetingId}/change")
  String changeForm(
      @PathVariable UUID groupId,
      @PathVariable UUID meetingId,
      @AuthenticationPrincipal SignedInUser user,
      Model model) {
    GroupContext group = groups.require(groupId, user);
    GroupMeeting meeting = meetings.meeting(group, meetingId);
    GroupMeetingForm form = GroupMeetingForm.of(meeting, meetings.responsesAt(meeting));
    return form(group, meeting, form, dashboard.raised(group), null, model);
  }

  @PostMapping(BASE + "/{meetingId}/change")
  String change(
      @PathVariable UUID groupId,
      @PathVariable UUID meetingId,
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("meetingForm") GroupMeetingForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    GroupContext group = groups.require(groupId, user);
    GroupMeeting meeting = meetings.meeting(group, meetingId);
    List<OversightDashboard.RaisedLine> raised = dashboard.raised(group);
    validate(form, errors);
    if (errors.hasErrors()) {
      return form(group, meeting, form, raised, null, model);
    }
    long version = form.getVersion() == null ? -1 : form.getVersion();
    Optional<GroupMeeting> changedMeanwhile;
    try {
      changedMeanwhile = meetings.change(group, meetingId, version, form.record(), raised);
    } catch (OptimisticLockingFailureException savedAtTheSameMoment) {
      changedMeanwhile = Optional.of(meetings.meeting(group, meetingId));
    }
    if (changedMeanwhile.isPresent()) {
      // What this person typed stays in the form; the other change is shown beside it, and sending
      // the form again replaces it knowingly.
      form.setVersion(changedMeanwhile.get().version());
      return form(group, meeting, form, raised, changedMeanwhile.get(), model);
    }
    redirect.addFlashAttribute("changed", true);
    return "redirect:/oversight/" + groupId + "/meetings/" + meetingId;
  }

  private void validate(GroupMeetingForm form, BindingResult errors) {
    new MeetingDetailsValidator(actions.today()).validate(form, errors);
    form.getResponses()
        .forEach(
            (action, text) -> {
              if (text != null && text.strip().length() > GroupResponse.LIMIT) {
                errors.rejectValue(
                    "responses[" + action + "]", "oversight.meeting.error.responseTooLong");
              }
            });
  }

  private static String form(
      GroupContext group,
      GroupMeeting meeting,
      GroupMeetingForm form,
      List<OversightDashboard.RaisedLine> raised,
      GroupMeeting clash,
      Model model) {
    model.addAttribute("group", group);
    model.addAttribute("meeting", meeting);
    model.addAttribute("meetingForm", form);
    model.addAttribute("raised", raised);
    model.addAttribute("clash", clash);
    model.addAttribute(
        "errorFields",
        "meetingDate,facilitator,noteTaker,attendees,minutes"
            + String.join(
                "", raised.stream().map(r -> ",responses[" + r.actionId() + "]").toList()));
    return "oversight/meeting-form";
  }
}

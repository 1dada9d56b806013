package uk.missingchildren.response.meeting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;
import uk.missingchildren.response.shared.web.LocalRedirects;

/**
 * How long a meeting of any kind has, set from its presenter view; then back to the page it was set
 * from.
 */
@Controller
@RequestMapping(
    "/partnerships/{partnershipId}/{kind:benchmarks|reviews|follow-ups}/{meetingId}/pace")
class PaceController {

  private final MeetingKinds kinds;
  private final AttendeeService meetings;
  private final PaceService paces;
  private final FormSubmissions submissions;

  PaceController(
      MeetingKinds kinds,
      AttendeeService meetings,
      PaceService paces,
      FormSubmissions submissions) {
    this.kinds = kinds;
    this.meetings = meetings;
    this.paces = paces;
    this.submissions = submissions;
  }

  @GetMapping
  String form(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @RequestParam(name = "returnTo", required = false) String returnTo,
      Model model) {
    OpenMeeting meeting = meetings.open(context, kinds.at(kind), meetingId);
    PaceForm form = new PaceForm();
    paces.pace(context, meetingId).ifPresent(pace -> form.setMinutes(pace.plannedMinutes()));
    return page(context, meeting, form, returnTo, model);
  }

  @PostMapping
  String plan(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @RequestParam(name = "returnTo", required = false) String returnTo,
      @Valid @ModelAttribute("paceForm") PaceForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    OpenMeeting meeting = meetings.open(context, kinds.at(kind), meetingId);
    if (errors.hasErrors()) {
      return page(context, meeting, form, returnTo, model);
    }
    // Sent twice (a double click without JavaScript), the plan is set once.
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              paces.plan(context, meeting, form.getMinutes());
              return back(meeting, returnTo);
            });
  }

  private String page(
      PartnershipContext context,
      OpenMeeting meeting,
      PaceForm form,
      String returnTo,
      Model model) {
    model.addAttribute("context", context);
    model.addAttribute("meeting", meeting.page());
    model.addAttribute("paceForm", form);
    model.addAttribute("returnTo", back(meeting, returnTo));
    return "meeting/pace";
  }

  /** The page the plan was set from, if it is one of this site's; the meeting otherwise. */
  private static String back(OpenMeeting meeting, String returnTo) {
    return returnTo == null || returnTo.isBlank()
        ? meeting.page().path()
        : LocalRedirects.localPathOrHome(returnTo);
  }
}

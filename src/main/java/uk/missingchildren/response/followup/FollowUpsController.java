package uk.missingchildren.response.followup;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.meeting.MeetingDetailsForm;
import uk.missingchildren.response.meeting.MeetingDetailsValidator;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;
import uk.missingchildren.response.shared.web.DisplayDates;

/** The list of follow-up meetings, starting one, its overview, its details and finishing it. */
@Controller
class FollowUpsController {

  private static final String BASE = "/partnerships/{partnershipId}/follow-ups";

  private final FollowUpService followUps;
  private final ActionService actions;
  private final FrameworkCatalogue catalogue;
  private final MinutesWriter minutes;
  private final FormSubmissions submissions;

  FollowUpsController(
      FollowUpService followUps,
      ActionService actions,
      FrameworkCatalogue catalogue,
      MinutesWriter minutes,
      FormSubmissions submissions) {
    this.submissions = submissions;
    this.minutes = minutes;
    this.followUps = followUps;
    this.actions = actions;
    this.catalogue = catalogue;
  }

  @GetMapping(BASE)
  String list(PartnershipContext context, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("meetings", followUps.meetings(context));
    model.addAttribute("next", followUps.nextMeetingDate(context).orElse(null));
    model.addAttribute(
        "openActions", actions.register(context).stream().filter(a -> a.status().open()).count());
    return "followup/list";
  }

  @GetMapping(BASE + "/new")
  String startForm(PartnershipContext context, Model model) {
    context.requireEditor();
    return startPage(context, new StartFollowUpForm(), model);
  }

  @PostMapping(BASE + "/new")
  String start(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @Valid @ModelAttribute("startFollowUpForm") StartFollowUpForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    new MeetingDetailsValidator(actions.today()).validate(form, errors);
    FollowUpScope scope = form.scopeChosen();
    if (scope == null) {
      errors.rejectValue("scope", "followUp.error.scopeMissing");
    } else if (scope == FollowUpScope.AREA
        && catalogue.current().themes().stream().noneMatch(t -> t.id().equals(form.getArea()))) {
      errors.rejectValue("area", "followUp.error.areaMissing");
    } else if (scope == FollowUpScope.AGENCY && form.agencyChosen() == null) {
      errors.rejectValue("agency", "followUp.error.agencyMissing");
    }
    if (errors.hasErrors()) {
      return startPage(context, form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            () ->
                FollowUpPages.path(
                        partnershipId,
                        followUps.start(context, form.details(), scope, form.scopeValue()).id())
                    + "/attendees");
  }

  private String startPage(PartnershipContext context, StartFollowUpForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("startFollowUpForm", form);
    model.addAttribute("themes", catalogue.current().themes());
    model.addAttribute("agencies", Arrays.stream(Agency.values()).map(Enum::name).toList());
    return "followup/start";
  }

  @GetMapping(BASE + "/{meetingId}")
  String overview(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID meetingId,
      Model model) {
    FollowUpView view = followUps.view(context, meetingId);
    if (view.meeting().completed()) {
      return "redirect:" + FollowUpPages.path(partnershipId, meetingId) + "/minutes";
    }
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("scope", minutes.scope(view.meeting()));
    // Worked out here: fragment parameters may not call beans.
    model.addAttribute("meetingDay", new DisplayDates().day(view.meeting().meetingDate()));
    model.addAttribute("editable", context.role().canEdit());
    model.addAttribute("base", FollowUpPages.path(context, meetingId));
    return "followup/overview";
  }

  @GetMapping(BASE + "/{meetingId}/details")
  String detailsForm(PartnershipContext context, @PathVariable UUID meetingId, Model model) {
    context.requireEditor();
    FollowUpView view = followUps.view(context, meetingId);
    view.meeting().requireInProgress();
    return detailsPage(
        context, meetingId, MeetingDetailsForm.from(view.meeting().details()), model);
  }

  @PostMapping(BASE + "/{meetingId}/details")
  String changeDetails(
      PartnershipContext context,
      @PathVariable UUID meetingId,
      @Valid @ModelAttribute("meetingDetailsForm") MeetingDetailsForm form,
      BindingResult errors,
      Model model) {
    context.requireEditor();
    new MeetingDetailsValidator(actions.today()).validate(form, errors);
    if (errors.hasErrors()) {
      followUps.view(context, meetingId).meeting().requireInProgress();
      return detailsPage(context, meetingId, form, model);
    }
    followUps.changeDetails(context, meetingId, form.details());
    return "redirect:" + FollowUpPages.path(context, meetingId);
  }

  private String detailsPage(
      PartnershipContext context, UUID meetingId, MeetingDetailsForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("meetingDetailsForm", form);
    model.addAttribute("base", FollowUpPages.path(context, meetingId));
    return "meeting/details-form";
  }

  @GetMapping(BASE + "/{meetingId}/finish")
  String finishForm(PartnershipContext context, @PathVariable UUID meetingId, Model model) {
    context.requireEditor();
    FollowUpView view = followUps.view(context, meetingId);
    view.meeting().requireInProgress();
    return finishPage(context, view, new FinishFollowUpForm(), model);
  }

  @PostMapping(BASE + "/{meetingId}/finish")
  String finish(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable UUID meetingId,
      @ModelAttribute("finishFollowUpForm") FinishFollowUpForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    context.requireEditor();
    var repeat = submissions.previousResult(request);
    if (repeat.isPresent()) {
      return "redirect:" + repeat.get();
    }
    FollowUpView view = followUps.view(context, meetingId);
    view.meeting().requireInProgress();
    form.validate(errors, view.meeting().meetingDate());
    if (errors.hasErrors()) {
      return finishPage(context, view, form, model);
    }
    LocalDate next = form.getNextMeetingDate();
    String minutes = FollowUpPages.path(partnershipId, meetingId) + "/minutes?finished";
    try {
      return "redirect:"
          + submissions.once(
              request,
              () -> {
                followUps.finish(context, meetingId, next);
                return minutes;
              });
    } catch (FollowUpFinishedException | ConcurrencyFailureException pressedOnTwoLaptopsAtOnce) {
      // The other press won; if it finished the meeting, this press has nothing left to do.
      if (followUps.view(context, meetingId).meeting().completed()) {
        return "redirect:" + minutes;
      }
      throw pressedOnTwoLaptopsAtOnce;
    }
  }

  private String finishPage(
      PartnershipContext context, FollowUpView view, FinishFollowUpForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("view", view);
    model.addAttribute("finishFollowUpForm", form);
    model.addAttribute("base", FollowUpPages.path(context, view.meeting().id()));
    return "followup/finish";
  }
}

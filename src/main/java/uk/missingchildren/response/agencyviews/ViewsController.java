package uk.missingchildren.response.agencyviews;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * Asking the people coming to a meeting for their own views, for its coordinators and facilitator:
 * by when, names or agencies only, who is asked and how far each has got, and where the agencies
 * differ.
 */
@Controller
class ViewsController {

  private static final String BASE = "/partnerships/{partnershipId}/{kind}/{meetingId}/views";

  private final AgencyViewsService views;
  private final FormSubmissions submissions;

  ViewsController(AgencyViewsService views, FormSubmissions submissions) {
    this.views = views;
    this.submissions = submissions;
  }

  static String path(UUID partnershipId, String kind, UUID meetingId) {
    return "/partnerships/" + partnershipId + "/" + kind + "/" + meetingId + "/views";
  }

  @GetMapping(BASE)
  String hub(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      Model model) {
    ViewsHub hub = views.hub(context, kind, meetingId);
    return hub(context, hub, new AskForViewsForm(), dueDate(hub), new ViewGiverForm(), model);
  }

  @PostMapping(BASE)
  String ask(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @Valid @ModelAttribute("askForm") AskForViewsForm form,
      BindingResult errors,
      Model model,
      HttpServletRequest request) {
    form.check(errors, views.today());
    if (errors.hasErrors()) {
      ViewsHub hub = views.hub(context, kind, meetingId);
      return hub(context, hub, form, dueDate(hub), new ViewGiverForm(), model);
    }
    return "redirect:"
        + submissions.once(
            request,
            () -> {
              views.ask(context, kind, meetingId, form);
              return path(partnershipId, kind, meetingId);
            });
  }

  @PostMapping(BASE + "/due-date")
  String changeDueDate(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @ModelAttribute("dueForm") DueDateForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    form.check(errors, views.today());
    if (errors.hasErrors()) {
      ViewsHub hub = views.hub(context, kind, meetingId);
      return hub(context, hub, new AskForViewsForm(), form, new ViewGiverForm(), model);
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              views.changeDueDate(context, kind, meetingId, form);
              redirect.addFlashAttribute("dueDateChanged", true);
              return path(partnershipId, kind, meetingId);
            });
  }

  @PostMapping(BASE + "/people")
  String addPerson(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @Valid @ModelAttribute("personForm") ViewGiverForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    if (errors.hasErrors()) {
      ViewsHub hub = views.hub(context, kind, meetingId);
      return hub(context, hub, new AskForViewsForm(), dueDate(hub), form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute(
                  "linkGiven", views.addPerson(context, kind, meetingId, form));
              return path(partnershipId, kind, meetingId) + "#link-given";
            });
  }

  @PostMapping(BASE + "/people/{giverId}/link")
  String newLink(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable UUID giverId,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute(
                  "linkGiven", views.newLink(context, kind, meetingId, giverId));
              return path(partnershipId, kind, meetingId) + "#link-given";
            });
  }

  @GetMapping(BASE + "/people/{giverId}/remove")
  String confirmRemove(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable UUID giverId,
      Model model) {
    model.addAttribute("context", context);
    model.addAttribute("hub", views.hub(context, kind, meetingId));
    model.addAttribute("person", views.person(context, kind, meetingId, giverId));
    return "views/remove-person";
  }

  @PostMapping(BASE + "/people/{giverId}/remove")
  String remove(
      PartnershipContext context,
      @PathVariable UUID partnershipId,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      @PathVariable UUID giverId,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              GiverProgress person = views.person(context, kind, meetingId, giverId);
              views.removePerson(context, kind, meetingId, giverId);
              redirect.addFlashAttribute("removed", person.giver().name());
              return path(partnershipId, kind, meetingId);
            });
  }

  @GetMapping(BASE + "/spread")
  String spread(
      PartnershipContext context,
      @PathVariable String kind,
      @PathVariable UUID meetingId,
      Model model) {
    model.addAttribute("context", context);
    model.addAttribute("board", views.requiredSpread(context, kind, meetingId));
    return "views/spread";
  }

  private static DueDateForm dueDate(ViewsHub hub) {
    return hub.request() == null ? new DueDateForm() : DueDateForm.of(hub.request().dueOn());
  }

  private static String hub(
      PartnershipContext context,
      ViewsHub hub,
      AskForViewsForm askForm,
      DueDateForm dueForm,
      ViewGiverForm personForm,
      Model model) {
    model.addAttribute("context", context);
    model.addAttribute("hub", hub);
    model.addAttribute("askForm", askForm);
    model.addAttribute("dueForm", dueForm);
    model.addAttribute("personForm", personForm);
    model.addAttribute("agencies", Agency.values());
    return "views/hub";
  }
}

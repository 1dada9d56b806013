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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * The partnership's list of the people who come to its meetings: a list with a form to add people,
 * and pages to correct or remove them. Members and coordinators only, as for meetings' attendees.
 */
@Controller
@RequestMapping("/partnerships/{partnershipId}/people")
class PeopleController {

  private final PeopleService people;
  private final FormSubmissions submissions;

  PeopleController(PeopleService people, FormSubmissions submissions) {
    this.people = people;
    this.submissions = submissions;
  }

  @GetMapping
  String list(PartnershipContext context, Model model) {
    return listPage(context.requireEditor(), new AttendeeForm(), model);
  }

  @PostMapping
  String add(
      PartnershipContext context,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    context.requireEditor();
    if (errors.hasErrors()) {
      return listPage(context, form, model);
    }
    return "redirect:"
        + submissions.once(
            request,
            redirect,
            () -> {
              redirect.addFlashAttribute("added", people.add(context, form).name());
              return listPath(context);
            });
  }

  @GetMapping("/{personId}")
  String changeForm(PartnershipContext context, @PathVariable UUID personId, Model model) {
    context.requireEditor();
    MeetingPerson person = people.person(context, personId);
    return changePage(context, person, AttendeeForm.from(person), model);
  }

  @PostMapping("/{personId}")
  String change(
      PartnershipContext context,
      @PathVariable UUID personId,
      @Valid @ModelAttribute("attendeeForm") AttendeeForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    context.requireEditor();
    if (errors.hasErrors()) {
      return changePage(context, people.person(context, personId), form, model);
    }
    people.change(context, personId, form);
    redirect.addFlashAttribute("changed", form.cleanName());
    return "redirect:" + listPath(context);
  }

  @PostMapping("/{personId}/remove")
  String remove(
      PartnershipContext context, @PathVariable UUID personId, RedirectAttributes redirect) {
    context.requireEditor();
    people.remove(context, personId).ifPresent(name -> redirect.addFlashAttribute("removed", name));
    return "redirect:" + listPath(context);
  }

  private String listPage(PartnershipContext context, AttendeeForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("people", people.people(context));
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/people";
  }

  private String changePage(
      PartnershipContext context, MeetingPerson person, AttendeeForm form, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("person", person);
    model.addAttribute("attendeeForm", form);
    model.addAttribute("agencies", Agency.values());
    return "meeting/person";
  }

  private static String listPath(PartnershipContext context) {
    return "/partnerships/" + context.partnershipId() + "/people#people";
  }
}

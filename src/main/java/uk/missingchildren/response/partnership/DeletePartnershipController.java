package uk.missingchildren.response.partnership;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Optional;
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
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.shared.forms.FormSubmissions;
import uk.missingchildren.response.shared.web.DisplayDates;

/** A coordinator deletes the partnership, after typing its name to confirm. */
@Controller
class DeletePartnershipController {

  private final PartnershipAccess access;
  private final PartnershipService partnerships;
  private final RetentionProperties retention;
  private final DisplayDates dates;
  private final FormSubmissions submissions;

  DeletePartnershipController(
      PartnershipAccess access,
      PartnershipService partnerships,
      RetentionProperties retention,
      DisplayDates dates,
      FormSubmissions submissions) {
    this.submissions = submissions;
    this.access = access;
    this.partnerships = partnerships;
    this.retention = retention;
    this.dates = dates;
  }

  @GetMapping("/partnerships/{partnershipId}/delete")
  String confirm(
      @PathVariable UUID partnershipId, @AuthenticationPrincipal SignedInUser user, Model model) {
    model.addAttribute("deletePartnershipForm", new DeletePartnershipForm());
    return page(access.require(partnershipId, user).requireCoordinator(), model);
  }

  @PostMapping("/partnerships/{partnershipId}/delete")
  String delete(
      @PathVariable UUID partnershipId,
      @AuthenticationPrincipal SignedInUser user,
      @Valid @ModelAttribute("deletePartnershipForm") DeletePartnershipForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect,
      HttpServletRequest request) {
    // Asked before the membership check: once the first press has deleted it, the partnership is
    // not found, and a second press must lead to the same page, not to "page not found".
    Optional<String> repeat = submissions.previousResult(request);
    if (repeat.isPresent()) {
      return "redirect:" + repeat.get();
    }
    PartnershipContext context = access.require(partnershipId, user).requireCoordinator();
    if (!errors.hasErrors() && context.partnership().isNamed(form.getConfirmation())) {
      return "redirect:"
          + submissions.once(
              request,
              redirect,
              () -> {
                Instant purged =
                    partnerships
                        .delete(context, form.getConfirmation(), retention.deletedPartnerships())
                        .orElseThrow();
                redirect.addFlashAttribute("deletedPartnership", context.partnership().name());
                redirect.addFlashAttribute("restorableUntil", dates.date(purged));
                return "/partnerships";
              });
    }
    if (!errors.hasErrors()) {
      errors.rejectValue("confirmation", "deletePartnership.error.mismatch");
    }
    return page(context, model);
  }

  private String page(PartnershipContext context, Model model) {
    model.addAttribute("context", context);
    model.addAttribute("keptDays", retention.deletedPartnerships().toDays());
    return "partnership/delete";
  }
}

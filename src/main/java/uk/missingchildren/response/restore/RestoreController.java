package uk.missingchildren.response.restore;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.partnership.DataFileProblem;
import uk.missingchildren.response.shared.forms.FormSubmissions;

/**
 * Importing a partnership's data file as a new partnership. Anyone signed in may, as anyone signed
 * in may register a partnership: they become the new partnership's coordinator, and no existing
 * partnership's records are read or changed. A file that cannot be imported is named on the page
 * with what is wrong with it, and nothing is written.
 */
@Controller
class RestoreController {

  /** Set by {@link UploadTooLargeAdvice} for the page drawn after a file over the limit. */
  static final String TOO_LARGE = "uploadTooLarge";

  private final DataFileReader reader;
  private final PartnershipRestore restore;
  private final FormSubmissions submissions;
  private final RestoreProperties properties;

  RestoreController(
      DataFileReader reader,
      PartnershipRestore restore,
      FormSubmissions submissions,
      RestoreProperties properties) {
    this.reader = reader;
    this.restore = restore;
    this.submissions = submissions;
    this.properties = properties;
  }

  @ModelAttribute("maxMegabytes")
  long maxMegabytes() {
    return properties.maxMegabytes();
  }

  @GetMapping(RestorePages.UPLOAD)
  String form(Model model) {
    RestoreForm form = new RestoreForm();
    model.addAttribute(RestorePages.FORM, form);
    if (Boolean.TRUE.equals(model.getAttribute(TOO_LARGE))) {
      BindingResult errors = new BeanPropertyBindingResult(form, RestorePages.FORM);
      errors.rejectValue(
          "file", "restore.error.tooLarge", new Object[] {properties.maxMegabytes()}, null);
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + RestorePages.FORM, errors);
    }
    return RestorePages.UPLOAD_VIEW;
  }

  @PostMapping(RestorePages.UPLOAD)
  String restore(
      @ModelAttribute(RestorePages.FORM) RestoreForm form,
      BindingResult errors,
      @AuthenticationPrincipal SignedInUser user,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    try {
      DataFile file = reader.read(form.getFile());
      return "redirect:"
          + submissions.once(
              request,
              redirect,
              () -> {
                String home = "/partnerships/" + restore.restore(file, user);
                redirect.addFlashAttribute("restoredFrom", file.fileName());
                return home;
              });
    } catch (DataFileProblem problem) {
      errors.rejectValue("file", problem.messageKey(), problem.arguments(), null);
      return RestorePages.UPLOAD_VIEW;
    }
  }
}

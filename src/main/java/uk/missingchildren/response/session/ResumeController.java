package uk.missingchildren.response.session;

import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.missingchildren.response.shared.forms.FormOwnerMarkers;

/**
 * After signing back in, shows each form that was kept while the person was signed out, in full,
 * and sends the ones they confirm to where they were going. Works without JavaScript.
 */
@Controller
class ResumeController {

  private final FormOwnerMarkers markers;

  ResumeController(FormOwnerMarkers markers) {
    this.markers = markers;
  }

  @GetMapping("/resume")
  String resume(HttpSession session, Principal person, Model model) {
    List<PendingSubmission> yours = keptFor(session, person);
    if (yours.isEmpty()) {
      return "redirect:/partnerships";
    }
    model.addAttribute("kept", yours.stream().map(KeptFormView::of).toList());
    return "session/resume";
  }

  @PostMapping("/resume/discard")
  String discard(
      HttpSession session,
      @RequestParam(defaultValue = "") String token,
      RedirectAttributes redirect) {
    if (session.getAttribute(PendingSubmissions.SESSION_ATTRIBUTE)
            instanceof PendingSubmissions pending
        && pending.remove(token).isPresent()) {
      session.setAttribute(PendingSubmissions.SESSION_ATTRIBUTE, pending);
      redirect.addFlashAttribute("discarded", true);
    }
    return "redirect:/resume";
  }

  /** Keeps an idle session alive when the person chooses to stay signed in. */
  @PostMapping("/session/keep-alive")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void keepAlive() {
    // Reaching here is enough: the request itself refreshes the session's last access time.
  }

  /**
   * The kept forms drawn for this person. Any drawn for someone else (a shared computer, where
   * another person was signed in before) are dropped unseen.
   */
  private List<PendingSubmission> keptFor(HttpSession session, Principal person) {
    if (!(session.getAttribute(PendingSubmissions.SESSION_ATTRIBUTE)
        instanceof PendingSubmissions pending)) {
      return List.of();
    }
    List<PendingSubmission> notYours =
        pending.all().stream()
            .filter(form -> !markers.issuedTo(form.owner(), person.getName()))
            .toList();
    if (!notYours.isEmpty()) {
      notYours.forEach(form -> pending.remove(form.token()));
      session.setAttribute(PendingSubmissions.SESSION_ATTRIBUTE, pending);
    }
    return pending.all();
  }
}

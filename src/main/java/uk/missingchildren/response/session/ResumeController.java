package uk.missingchildren.response.session;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/**
 * After signing back in, shows what was kept from the form that arrived after the session expired,
 * and sends it on when the person confirms. Works without JavaScript.
 */
@Controller
class ResumeController {

  @GetMapping("/resume")
  String resume(HttpSession session, Model model) {
    if (!(session.getAttribute(PendingSubmission.SESSION_ATTRIBUTE) instanceof PendingSubmission pending)) {
      return "redirect:/partnerships";
    }
    // Shown once: sending it again is one click, and a reload must not offer it twice.
    session.removeAttribute(PendingSubmission.SESSION_ATTRIBUTE);
    model.addAttribute("pending", pending);
    return "session/resume";
  }

  /** Keeps an idle session alive when the person chooses to stay signed in. */
  @PostMapping("/session/keep-alive")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void keepAlive() {
    // Reaching here is enough: the request itself refreshes the session's last access time.
  }
}

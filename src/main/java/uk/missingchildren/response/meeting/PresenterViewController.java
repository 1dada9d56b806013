package uk.missingchildren.response.meeting;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;
import uk.missingchildren.response.shared.web.LocalRedirects;

/** Enters or leaves the presenter view and returns to the meeting page it was chosen on. */
@Controller
class PresenterViewController {

  @PostMapping("/presenter-view")
  RedirectView change(
      @RequestParam(name = "on", defaultValue = "false") boolean on,
      @RequestParam(name = "returnTo", defaultValue = "/") String returnTo,
      HttpServletRequest request,
      HttpServletResponse response) {
    response.addHeader(
        HttpHeaders.SET_COOKIE, PresenterView.cookie(on, request.isSecure()).toString());
    RedirectView back = new RedirectView(LocalRedirects.localPathOrHome(returnTo), true);
    // The path comes from the user: braces in it are text, not URI template variables.
    back.setExpandUriTemplateVariables(false);
    return back;
  }
}

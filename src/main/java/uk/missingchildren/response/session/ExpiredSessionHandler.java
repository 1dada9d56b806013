package uk.missingchildren.response.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;

/**
 * A form whose CSRF token no longer matches (its session ended, or the person has signed in again
 * since the page was drawn) is refused by Spring Security. Instead of losing what was typed, it is
 * kept ({@link KeptForms}) when it shows it came from this service's own page; the sign-in form
 * itself is simply shown again with the email kept. Every other refusal gets the normal 403 page.
 */
@Component
public class ExpiredSessionHandler implements AccessDeniedHandler {

  /** The sign-in page reads these, as it does after a failed sign-in. */
  private static final String ERROR_FLASH = "signInError";

  private static final String EMAIL_FLASH = "signInEmail";

  private final KeptForms kept;
  private final FlashMapManager flashes;
  private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

  ExpiredSessionHandler(KeptForms kept, FlashMapManager flashes) {
    this.kept = kept;
    this.flashes = flashes;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
      throws IOException, ServletException {
    if (denied instanceof CsrfException && "POST".equals(request.getMethod())) {
      if ("/sign-in".equals(KeptForms.path(request))) {
        signInAgain(request, response);
        return;
      }
      if (kept.keep(request)) {
        kept.answer(request, response);
        return;
      }
    }
    forbidden.handle(request, response, denied);
  }

  /**
   * A sign-in page left open past its session: ask again, keeping the email (never the password).
   */
  private void signInAgain(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String email = request.getParameter("email");
    FlashMap flash = new FlashMap();
    flash.put(ERROR_FLASH, "signIn.error.pageExpired");
    flash.put(EMAIL_FLASH, email == null ? "" : email.strip());
    flash.setTargetRequestPath("/sign-in");
    flashes.saveOutputFlashMap(flash, request, response);
    response.sendRedirect(request.getContextPath() + "/sign-in");
  }
}

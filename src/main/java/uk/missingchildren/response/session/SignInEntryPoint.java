package uk.missingchildren.response.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * Someone who is not signed in is sent to sign in. A form they post to a signed-in area (because
 * their session ended while the CSRF token still matched) is kept first, like {@link
 * ExpiredSessionHandler} does, so it can be sent once they are back.
 */
@Component
public class SignInEntryPoint implements AuthenticationEntryPoint {

  private final KeptForms kept;
  private final AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");

  SignInEntryPoint(KeptForms kept) {
    this.kept = kept;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && kept.keep(request)) {
      kept.answer(request, response);
      return;
    }
    signIn.commence(request, response, reason);
  }
}

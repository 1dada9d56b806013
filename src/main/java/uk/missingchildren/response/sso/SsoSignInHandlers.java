package uk.missingchildren.response.sso;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import uk.missingchildren.response.account.SignInHandlers;

/**
 * After the provider: sign in as the account the organisation's account belongs to, ask for the
 * password of an account it would be linked to, or explain why not. The provider's token is not
 * kept: the person is signed in to this service as its own account. Not a bean, so the password
 * sign-in's handlers stay the only ones Spring finds by type.
 */
class SsoSignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  static final Duration LINK_TIME = Duration.ofMinutes(10);

  private final SsoAccounts accounts;
  private final SignInHandlers signIns;
  private final Clock clock;

  SsoSignInHandlers(SsoAccounts accounts, SignInHandlers signIns, Clock clock) {
    this.accounts = accounts;
    this.signIns = signIns;
    this.clock = clock;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
    OidcUser user = (OidcUser) token.getPrincipal();
    ProviderIdentity who =
        new ProviderIdentity(
            token.getAuthorizedClientRegistrationId(),
            user.getIdToken().getIssuer().toString(),
            user.getSubject(),
            uk.missingchildren.response.account.Account.normalise(user.getEmail()),
            user.getFullName());
    forgetTheProvidersSignIn(request, response);
    SsoAccounts.Outcome outcome = accounts.signIn(who);
    if (outcome instanceof SsoAccounts.Outcome.SignIn in) {
      signIns.completeSignIn(
          request, response, in.accountId(), "organisation account (" + who.issuer() + ")");
    } else if (outcome instanceof SsoAccounts.Outcome.PasswordFirst) {
      request
          .getSession()
          .setAttribute(
              PendingLink.SESSION_KEY, new PendingLink(who, clock.instant().plus(LINK_TIME)));
      response.sendRedirect(request.getContextPath() + SsoController.LINK);
    } else {
      problem(request, response, who.registrationId(), "deactivated", null);
    }
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String registrationId = registrationIdOf(request);
    String reason = "failed";
    String email = null;
    if (exception instanceof OAuth2AuthenticationException oauth) {
      String code = oauth.getError().getErrorCode();
      reason =
          switch (code) {
            case VerifiedEmailUsers.NO_EMAIL,
                VerifiedEmailUsers.NOT_VERIFIED,
                VerifiedEmailUsers.DOMAIN_NOT_ALLOWED ->
                code;
            // The person chose not to go on at the provider's page.
            case "access_denied" -> "cancelled";
            // The provider could not be reached to swap the code for a token, or its keys.
            case "invalid_token_response", "invalid_user_info_response" -> "unavailable";
            default -> "failed";
          };
      email = oauth.getError().getDescription();
    }
    problem(request, response, registrationId, reason, email);
  }

  private void problem(
      HttpServletRequest request,
      HttpServletResponse response,
      String registrationId,
      String reason,
      String email)
      throws IOException {
    request
        .getSession()
        .setAttribute(SsoProblem.SESSION_KEY, new SsoProblem(registrationId, reason, email));
    response.sendRedirect(request.getContextPath() + SsoController.PROBLEM);
  }

  /** Spring Security has saved the provider's sign-in; only ours may stand. */
  private static void forgetTheProvidersSignIn(
      HttpServletRequest request, HttpServletResponse response) {
    SecurityContextHolder.clearContext();
    new HttpSessionSecurityContextRepository()
        .saveContext(SecurityContextHolder.createEmptyContext(), request, response);
  }

  /** The callback's address ends with the provider's id: /login/oauth2/code/{id}. */
  private static String registrationIdOf(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}

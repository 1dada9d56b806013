package uk.missingchildren.response.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;

/**
 * What happens after a sign-in attempt: on failure, back to the sign-in page with a specific
 * message and the email address kept; on success, to the page they wanted or else their partnership
 * (or the list of them), with their Low Vision Mode choice applied. Someone with a second step to
 * take (a code from their authenticator app) is not signed in until they have taken it: the feature
 * that asks for it calls {@link #completeSignIn} when it is done, as does signing in with an
 * organisation's account.
 */
@Component
public class SignInHandlers extends SavedRequestAwareAuthenticationSuccessHandler
    implements AuthenticationFailureHandler {

  static final String ERROR_FLASH = "signInError";
  static final String EMAIL_FLASH = "signInEmail";

  private final Accounts accounts;
  private final SignInLandingHook landing;
  private static final Duration SECOND_STEP_TIME = Duration.ofMinutes(10);

  private final FlashMapManager flashes;
  private final SecondStep secondStep;
  private final AuditLog audit;
  private final Clock clock;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

  SignInHandlers(
      Accounts accounts,
      SignInLandingHook landing,
      FlashMapManager flashes,
      SecondStep secondStep,
      AuditLog audit,
      Clock clock) {
    this.accounts = accounts;
    this.landing = landing;
    this.flashes = flashes;
    this.secondStep = secondStep;
    this.audit = audit;
    this.clock = clock;
    // The partnership feature sends someone with one partnership straight to it, the others to
    // their list; accounts cannot depend on partnerships, so this is an address, not a call.
    setDefaultTargetUrl("/partnerships/after-sign-in");
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, jakarta.servlet.ServletException {
    SignedInUser user = (SignedInUser) authentication.getPrincipal();
    Optional<String> step = secondStep.after(user);
    if (step.isPresent()) {
      pause(request, response, user);
      response.sendRedirect(request.getContextPath() + step.get());
      return;
    }
    land(request, response, authentication, user, "password");
  }

  /**
   * Signs in someone who has taken their second step, or signed in with their organisation's
   * account: a new session id, the sign-in recorded, and on to the page they wanted.
   */
  public void completeSignIn(
      HttpServletRequest request, HttpServletResponse response, UUID accountId, String how)
      throws IOException, jakarta.servlet.ServletException {
    Account account = accounts.findById(accountId).orElseThrow();
    if (!account.active()) {
      // Deactivated by an administrator part-way through signing in.
      abandonSignIn(request);
      response.sendRedirect(request.getContextPath() + "/sign-in");
      return;
    }
    SignedInUser user = new SignedInUser(account);
    user.eraseCredentials();
    Authentication authentication =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    HttpSession session = request.getSession();
    session.removeAttribute(PendingSignIn.SESSION_KEY);
    request.changeSessionId();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    land(request, response, authentication, user, how);
  }

  /** The person part-way through signing in in this browser, if they still have time. */
  public Optional<PendingSignIn> pendingSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(PendingSignIn.SESSION_KEY) instanceof PendingSignIn pending)) {
      return Optional.empty();
    }
    if (pending.expired(clock.instant())) {
      session.removeAttribute(PendingSignIn.SESSION_KEY);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  /** Ends a sign-in part-way, such as after too many wrong codes. */
  public void abandonSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(PendingSignIn.SESSION_KEY);
    }
  }

  private void pause(HttpServletRequest request, HttpServletResponse response, SignedInUser user) {
    SecurityContextHolder.clearContext();
    contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
    request
        .getSession()
        .setAttribute(
            PendingSignIn.SESSION_KEY,
            new PendingSignIn(
                user.accountId(),
                user.email(),
                user.administrator(),
                clock.instant().plus(SECOND_STEP_TIME)));
    audit.record(
        new AuditEvent.Actor(user.accountId(), user.email()),
        "SIGN_IN_PASSWORD_ACCEPTED",
        user.email(),
        "second step to take");
  }

  private void land(
      HttpServletRequest request,
      HttpServletResponse response,
      Authentication authentication,
      SignedInUser user,
      String how)
      throws IOException, jakarta.servlet.ServletException {
    audit.record(
        new AuditEvent.Actor(user.accountId(), user.email()), "SIGNED_IN", user.email(), how);
    accounts
        .findById(user.accountId())
        .ifPresent(account -> landing.signedIn(account, request, response));
    super.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException {
    String email = request.getParameter("email");
    String password = request.getParameter("password");
    FlashMap flash = new FlashMap();
    flash.put(ERROR_FLASH, errorKey(email, password, exception));
    flash.put(EMAIL_FLASH, email == null ? "" : email.strip());
    flash.setTargetRequestPath("/sign-in");
    flashes.saveOutputFlashMap(flash, request, response);
    response.sendRedirect(request.getContextPath() + "/sign-in");
  }

  private static String errorKey(String email, String password, AuthenticationException exception) {
    if (email == null || email.isBlank()) {
      return "signIn.error.emailMissing";
    }
    if (password == null || password.isEmpty()) {
      return "signIn.error.passwordMissing";
    }
    if (exception instanceof SignInThrottledException) {
      return "signIn.error.throttled";
    }
    if (exception instanceof LockedException) {
      return "signIn.error.deactivated";
    }
    if (exception instanceof DisabledException) {
      return "signIn.error.unverified";
    }
    return "signIn.error.incorrect";
  }
}

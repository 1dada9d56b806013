package uk.missingchildren.response.sso;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.missingchildren.response.account.SignInHandlers;

/** The pages around the provider's own: starting, linking an existing account, and problems. */
@Controller
class SsoController {

  static final String START = "/sign-in/with/";
  static final String LINK = "/sign-in/link-account";
  static final String PROBLEM = "/sign-in/problem";

  private final SignInProviders providers;
  private final ProviderRegistrations registrations;
  private final SsoAccounts accounts;
  private final SignInHandlers signIns;
  private final Clock clock;

  SsoController(
      SignInProviders providers,
      ProviderRegistrations registrations,
      SsoAccounts accounts,
      SignInHandlers signIns,
      Clock clock) {
    this.providers = providers;
    this.registrations = registrations;
    this.accounts = accounts;
    this.signIns = signIns;
    this.clock = clock;
  }

  /**
   * The button's address: on to the provider if its discovery document can be read now, otherwise a
   * page that says the provider cannot be reached, instead of an error part-way.
   */
  @GetMapping(START + "{providerId}")
  String start(@PathVariable String providerId, Model model, HttpServletResponse response) {
    if (providers.find(providerId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    if (registrations.resolve(providerId).isPresent()) {
      return "redirect:/oauth2/authorization/" + providerId;
    }
    response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
    return problemPage(new SsoProblem(providerId, "unavailable", null), model);
  }

  @GetMapping(PROBLEM)
  String problem(HttpServletRequest request, Model model) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SsoProblem.SESSION_KEY) instanceof SsoProblem problem)) {
      return "redirect:/sign-in";
    }
    session.removeAttribute(SsoProblem.SESSION_KEY);
    return problemPage(problem, model);
  }

  @GetMapping(LINK)
  String linkForm(HttpServletRequest request, Model model) {
    return pendingLink(request)
        .map(pending -> linkPage(pending, null, model))
        .orElse("redirect:/sign-in?second-step-expired");
  }

  @PostMapping(LINK)
  String link(
      @RequestParam(required = false) String password,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException, ServletException {
    Optional<PendingLink> pending = pendingLink(request);
    if (pending.isEmpty()) {
      return "redirect:/sign-in?second-step-expired";
    }
    ProviderIdentity who = pending.get().who();
    if (password == null || password.isEmpty()) {
      return linkPage(pending.get(), "sso.link.passwordMissing", model);
    }
    if (accounts.throttled(who.email(), request.getRemoteAddr())) {
      return linkPage(pending.get(), "signIn.error.throttled", model);
    }
    if (!accounts.linkWithPassword(who, password, request.getRemoteAddr())) {
      return linkPage(pending.get(), "sso.link.passwordWrong", model);
    }
    request.getSession().removeAttribute(PendingLink.SESSION_KEY);
    signIns.completeSignIn(
        request,
        response,
        accounts.accountIdOf(who.email()),
        "organisation account (" + who.issuer() + "), linked");
    return null;
  }

  private Optional<PendingLink> pendingLink(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(PendingLink.SESSION_KEY) instanceof PendingLink pending)) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(pending.until())) {
      session.removeAttribute(PendingLink.SESSION_KEY);
      return Optional.empty();
    }
    return Optional.of(pending);
  }

  private String linkPage(PendingLink pending, String error, Model model) {
    model.addAttribute("email", pending.who().email());
    model.addAttribute("providerLabel", providers.label(pending.who().registrationId()));
    model.addAttribute("error", error);
    return "sso/link-account";
  }

  private String problemPage(SsoProblem problem, Model model) {
    model.addAttribute("reason", problem.reason());
    model.addAttribute("domain", problem.domain());
    model.addAttribute("providerLabel", providers.label(problem.registrationId()));
    model.addAttribute(
        "allowedDomains",
        providers
            .find(problem.registrationId())
            .map(p -> String.join(", ", p.allowedDomains().stream().map(d -> "@" + d).toList()))
            .orElse(""));
    return "sso/problem";
  }
}

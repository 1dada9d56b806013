package uk.missingchildren.response.shared.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security baseline: CSRF on every state-changing request, strict response headers and a closed
 * actuator. The Content-Security-Policy is written by {@link ContentSecurityPolicyFilter} because
 * it carries a per-request nonce.
 */
@Configuration
class SecurityConfig {

  /**
   * Everything a signed-in person works on lives under these paths; anything else is public, so an
   * unknown address answers 404 rather than asking people to sign in. SignedInAreasIntegrationTest
   * checks that every route under these paths refuses anonymous visitors.
   */
  static final String[] SIGNED_IN_PATHS = {
    "/partnerships",
    "/partnerships/**",
    "/account",
    "/account/**",
    "/invitations/*/accept",
    "/oversight",
    "/oversight/**",
    "/resume",
    "/session/**"
  };

  static final String CSRF_COOKIE = "csrf_token";

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      AuthenticationSuccessHandler signInSuccess,
      AuthenticationFailureHandler signInFailure,
      AccessDeniedHandler accessDenied,
      AuthenticationEntryPoint signIn,
      java.util.List<AdditionalSignIn> otherSignIns)
      throws Exception {
    for (AdditionalSignIn other : otherSignIns) {
      other.configure(http);
    }
    http.authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .denyAll()
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers(SIGNED_IN_PATHS)
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens())
                    .csrfTokenRequestHandler(maskedTokens())
                    .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfToken))
        .exceptionHandling(
            exceptions ->
                exceptions.accessDeniedHandler(accessDenied).authenticationEntryPoint(signIn))
        .headers(
            headers ->
                headers
                    .contentTypeOptions(Customizer.withDefaults())
                    .frameOptions(frame -> frame.deny())
                    .referrerPolicy(
                        referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .crossOriginOpenerPolicy(
                        coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                    .addHeaderWriter(
                        new StaticHeadersWriter(
                            "Permissions-Policy",
                            "camera=(), microphone=(), geolocation=(), payment=(), usb=()")))
        .formLogin(
            form ->
                form.loginPage("/sign-in")
                    .usernameParameter("email")
                    .passwordParameter("password")
                    .successHandler(signInSuccess)
                    .failureHandler(signInFailure)
                    .permitAll())
        .logout(
            logout ->
                logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out").permitAll())
        .httpBasic(basic -> basic.disable());
    return http.build();
  }

  /**
   * CSRF tokens live in a cookie, not the session, so a visitor who is not signed in is given no
   * session (and no database row) for the forms on every page, such as the Low Vision Mode switch.
   * The cookie is HttpOnly and SameSite=Lax; forms carry the token masked differently on each page
   * (Spring's default, against BREACH), and another site can neither read it nor send it.
   */
  /**
   * Every state-changing request needs a CSRF token, except an upload over the size limit (see
   * {@link OversizedUpload}) and the Low Vision Mode switch when the browser itself says it was
   * sent from one of our pages (Fetch Metadata or Origin, which no other site can set). The switch
   * is on every page, so without a token those pages are the same for every visitor and can be
   * served from memory. A request that says nothing of its origin still needs a token, and the
   * switch carries none, so it is refused.
   */
  static boolean needsCsrfToken(HttpServletRequest request) {
    return CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
        && !("/display-mode".equals(request.getServletPath())
            && RequestOrigin.saysSameOrigin(request))
        && !OversizedUpload.isOne(request);
  }

  /** Spring's default masking of the token in each page, with random bytes that need no lock. */
  private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
    XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
    handler.setSecureRandom(PerThreadSecureRandom.instance());
    return handler;
  }

  private static CookieCsrfTokenRepository csrfTokens() {
    CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
    tokens.setCookieName(CSRF_COOKIE);
    tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
    return tokens;
  }
}

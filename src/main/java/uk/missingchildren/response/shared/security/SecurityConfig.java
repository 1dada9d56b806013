package uk.missingchildren.response.shared.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The security baseline: CSRF on every state-changing request, strict response headers and a closed
 * actuator. The Content-Security-Policy is written by {@link ContentSecurityPolicyFilter} because it
 * carries a per-request nonce.
 */
@Configuration
class SecurityConfig {

  /** Pages and files anyone can open without signing in. */
  private static final String[] PUBLIC_PATHS = {
    "/", "/information-sheet", "/information-sheet.pdf", "/resources", "/accessibility", "/privacy",
    "/cookies", "/checklists", "/checklists/**", "/api/framework", "/display-mode",
    "/register", "/register/**", "/sign-in", "/verify-email/**", "/forgotten-password",
    "/forgotten-password/**", "/reset-password/**", "/invitations/**",
    "/webjars/**", "/assets/**", "/css/**", "/js/**", "/favicon.ico"
  };

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      AuthenticationSuccessHandler signInSuccess,
      AuthenticationFailureHandler signInFailure)
      throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/actuator/**")
                    .denyAll()
                    .requestMatchers(PUBLIC_PATHS)
                    .permitAll()
                    .requestMatchers("/admin", "/admin/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .csrf(Customizer.withDefaults())
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
}

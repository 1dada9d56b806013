package uk.missingchildren.response.sso;

import java.time.Clock;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.SignInHandlers;
import uk.missingchildren.response.shared.security.AdditionalSignIn;

/**
 * OpenID Connect's authorisation code flow for every configured provider, with PKCE as well as the
 * client secret, and the state and nonce Spring Security always sends and checks. Nothing is added
 * when no provider is configured.
 */
@Component
class SsoSecurity implements AdditionalSignIn {

  private final SignInProviders providers;
  private final ProviderRegistrations registrations;
  private final VerifiedEmailUsers users;
  private final SsoSignInHandlers handlers;

  SsoSecurity(
      SignInProviders providers,
      ProviderRegistrations registrations,
      VerifiedEmailUsers users,
      SsoAccounts accounts,
      SignInHandlers signIns,
      Clock clock) {
    this.providers = providers;
    this.registrations = registrations;
    this.users = users;
    this.handlers = new SsoSignInHandlers(accounts, signIns, clock);
  }

  @Override
  public void configure(HttpSecurity http) throws Exception {
    if (!providers.any()) {
      return;
    }
    DefaultOAuth2AuthorizationRequestResolver withPkce =
        new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
    withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    http.oauth2Login(
        login ->
            login
                .loginPage("/sign-in")
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NothingKept())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                .userInfoEndpoint(info -> info.oidcUserService(users))
                .successHandler(handlers)
                .failureHandler(handlers));
  }
}

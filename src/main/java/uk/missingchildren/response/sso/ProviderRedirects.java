package uk.missingchildren.response.sso;

import java.net.URI;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.security.ExternalRedirects;

/**
 * Signing in with an organisation's account sends the browser to the provider's authorisation
 * address, as read from its discovery document; nothing else on the provider's site.
 */
@Component
class ProviderRedirects implements ExternalRedirects {

  private final SignInProviders providers;
  private final ProviderRegistrations registrations;

  ProviderRedirects(SignInProviders providers, ProviderRegistrations registrations) {
    this.providers = providers;
    this.registrations = registrations;
  }

  @Override
  public boolean allows(String location) {
    if (!providers.any() || !location.startsWith("http")) {
      return false;
    }
    return providers.all().stream()
        .flatMap(p -> registrations.known(p.id()).stream())
        .map(r -> r.getProviderDetails().getAuthorizationUri())
        .anyMatch(authorize -> sameEndpoint(authorize, location));
  }

  private static boolean sameEndpoint(String authorize, String location) {
    try {
      URI endpoint = URI.create(authorize);
      URI target = URI.create(location);
      return endpoint.getScheme().equals(target.getScheme())
          && endpoint.getRawAuthority().equals(target.getRawAuthority())
          && endpoint.getRawPath().equals(target.getRawPath());
    } catch (IllegalArgumentException | NullPointerException unreadable) {
      return false;
    }
  }
}

package uk.missingchildren.response.sso;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each provider's endpoints, read from its OpenID Connect discovery document the first time someone
 * signs in with it, not at start-up: a provider that is down must not stop the service starting,
 * only its button working (with a page that says so) until it is back.
 */
@Component
class ProviderRegistrations implements ClientRegistrationRepository {

  private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final SignInProviders providers;
  private final JsonMapper json;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
  private final Map<String, ClientRegistration> found = new ConcurrentHashMap<>();

  ProviderRegistrations(SignInProviders providers, JsonMapper json) {
    this.providers = providers;
    this.json = json;
  }

  /** The provider's registration, or null when it is not configured or cannot be reached. */
  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    return resolve(registrationId).orElse(null);
  }

  /** The registration already read, without reaching out to the provider. */
  Optional<ClientRegistration> known(String registrationId) {
    return Optional.ofNullable(found.get(registrationId));
  }

  Optional<ClientRegistration> resolve(String registrationId) {
    ClientRegistration known = found.get(registrationId);
    if (known != null) {
      return Optional.of(known);
    }
    return providers
        .find(registrationId)
        .flatMap(this::discover)
        .map(
            registration -> {
              found.put(registrationId, registration);
              return registration;
            });
  }

  private Optional<ClientRegistration> discover(SsoProperties.Provider provider) {
    String issuer = withoutTrailingSlash(provider.issuerUri());
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                  .timeout(TIMEOUT)
                  .header("Accept", "application/json")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        log.warn("{} answered {} for its discovery document", issuer, response.statusCode());
        return Optional.empty();
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> metadata = json.readValue(response.body(), Map.class);
      if (!issuer.equals(withoutTrailingSlash(String.valueOf(metadata.get("issuer"))))) {
        // OpenID Connect Discovery 1.0, section 4.3: the issuer must be the one asked.
        log.warn("{} names another issuer: {}", issuer, metadata.get("issuer"));
        return Optional.empty();
      }
      return Optional.of(registration(provider, metadata));
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      log.warn("Could not read the discovery document of {}: {}", issuer, e.toString());
      return Optional.empty();
    }
  }

  private static ClientRegistration registration(
      SsoProperties.Provider provider, Map<String, Object> metadata) {
    Object methods = metadata.get("token_endpoint_auth_methods_supported");
    boolean basic = !(methods instanceof List<?> list) || list.contains("client_secret_basic");
    return ClientRegistration.withRegistrationId(provider.id())
        .clientId(provider.clientId())
        .clientSecret(provider.clientSecret())
        .clientAuthenticationMethod(
            basic
                ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                : ClientAuthenticationMethod.CLIENT_SECRET_POST)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope("openid", "profile", "email")
        .authorizationUri(String.valueOf(metadata.get("authorization_endpoint")))
        .tokenUri(String.valueOf(metadata.get("token_endpoint")))
        .jwkSetUri(String.valueOf(metadata.get("jwks_uri")))
        // No user-info address: every claim needed is in the ID token, so no further call (and
        // no access token) is needed after signing in.
        .userNameAttributeName("sub")
        .issuerUri(String.valueOf(metadata.get("issuer")))
        .providerConfigurationMetadata(metadata)
        .clientName(provider.buttonLabel())
        .build();
  }

  private static String withoutTrailingSlash(String uri) {
    return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
  }
}

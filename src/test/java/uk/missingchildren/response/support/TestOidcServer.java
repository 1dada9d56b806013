package uk.missingchildren.response.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the sign-in tests: Spring Authorization Server on a port of
 * its own, with a login form, discovery, signed ID tokens and the authorisation code flow. It
 * insists on PKCE, so a test passes only if the service sends it. People and the claims their ID
 * tokens carry (email, email_verified, name) are added by each test.
 */
public final class TestOidcServer implements AutoCloseable {

  public static final String CLIENT_ID = "missing-children-response";
  public static final String CLIENT_SECRET = "test-client-secret";
  public static final String PASSWORD = "provider password";

  private static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
  private static final Map<String, String> REDIRECTS = new ConcurrentHashMap<>();

  private final ConfigurableApplicationContext context;

  private TestOidcServer(ConfigurableApplicationContext context) {
    this.context = context;
  }

  public static TestOidcServer start() {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(Provider.class)
            .web(WebApplicationType.SERVLET)
            .properties(
                "server.port=0",
                // Not this service's own configuration.
                "spring.config.name=test-oidc-server",
                "spring.main.banner-mode=off")
            .run();
    return new TestOidcServer(context);
  }

  public String issuer() {
    return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /**
   * Configures the service under test with this provider (id "organisation", "Sign in with
   * Northshire", only these domains) and a second, "Sign in with Elsewhere", that is down: nothing
   * listens on port 9, so its discovery document cannot be read.
   */
  public void configureTheService(
      org.springframework.test.context.DynamicPropertyRegistry registry, String allowedDomains) {
    registry.add("app.sso.providers[0].id", () -> "organisation");
    registry.add("app.sso.providers[0].issuer-uri", this::issuer);
    registry.add("app.sso.providers[0].client-id", () -> CLIENT_ID);
    registry.add("app.sso.providers[0].client-secret", () -> CLIENT_SECRET);
    registry.add("app.sso.providers[0].button-label", () -> "Sign in with Northshire");
    registry.add("app.sso.providers[0].allowed-email-domains", () -> allowedDomains);
    registry.add("app.sso.providers[1].id", () -> "down");
    registry.add("app.sso.providers[1].issuer-uri", () -> "http://localhost:9/tenant");
    registry.add("app.sso.providers[1].client-id", () -> "anything");
    registry.add("app.sso.providers[1].client-secret", () -> "anything");
    registry.add("app.sso.providers[1].button-label", () -> "Sign in with Elsewhere");
  }

  /** Where the service asks to be sent back to: only this address is accepted. */
  public void allowRedirectTo(String redirectUri) {
    REDIRECTS.put(CLIENT_ID, redirectUri);
  }

  /** Someone at the provider, whose ID token says these things; returns their username. */
  public String person(String email, boolean emailVerified, String name) {
    String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
    context
        .getBean(InMemoryUserDetailsManager.class)
        .createUser(
            User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
    CLAIMS.put(username, Map.of("email", email, "email_verified", emailVerified, "name", name));
    return username;
  }

  /** The subject the provider gives this person in their ID token. */
  public static String subjectOf(String username) {
    return username;
  }

  @Override
  public void close() {
    context.close();
  }

  // Not @Configuration: the service's own component scan would find it and add its filter chain.
  @EnableWebSecurity
  @ImportAutoConfiguration({
    org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration
        .class,
    org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
    org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
    org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration
        .class,
    org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
    org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration
        .class
  })
  static class Provider {

    @Bean
    SecurityFilterChain provider(HttpSecurity http) throws Exception {
      http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
          .authorizeHttpRequests(
              requests ->
                  requests
                      .requestMatchers("/.well-known/**", "/oauth2/jwks", "/login", "/error")
                      .permitAll()
                      .anyRequest()
                      .authenticated())
          .formLogin(Customizer.withDefaults());
      return http.build();
    }

    @Bean
    InMemoryUserDetailsManager people() {
      return new InMemoryUserDetailsManager();
    }

    @Bean
    RegisteredClientRepository clients() {
      RegisteredClient service =
          RegisteredClient.withId("service")
              .clientId(CLIENT_ID)
              .clientSecret("{noop}" + CLIENT_SECRET)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
              .redirectUri("http://localhost/placeholder")
              .scope(OidcScopes.OPENID)
              .scope(OidcScopes.PROFILE)
              .scope(OidcScopes.EMAIL)
              .clientSettings(
                  ClientSettings.builder()
                      .requireAuthorizationConsent(false)
                      .requireProofKey(true)
                      .build())
              .build();
      return new RegisteredClientRepository() {
        @Override
        public void save(RegisteredClient client) {}

        @Override
        public RegisteredClient findById(String id) {
          return current();
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
          return CLIENT_ID.equals(clientId) ? current() : null;
        }

        private RegisteredClient current() {
          String redirect = REDIRECTS.getOrDefault(CLIENT_ID, "http://localhost/placeholder");
          return RegisteredClient.from(service)
              .redirectUris(
                  uris -> {
                    uris.clear();
                    uris.add(redirect);
                  })
              .build();
        }
      };
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
      return context -> {
        if ("id_token".equals(context.getTokenType().getValue())) {
          Map<String, Object> claims = CLAIMS.get(context.getPrincipal().getName());
          if (claims != null) {
            context.getClaims().claims(all -> all.putAll(claims));
          }
        }
      };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      var pair = generator.generateKeyPair();
      RSAKey key =
          new RSAKey.Builder((RSAPublicKey) pair.getPublic())
              .privateKey((RSAPrivateKey) pair.getPrivate())
              .keyID(UUID.randomUUID().toString())
              .build();
      return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** For the provider's own user-info address, which the service does not call. */
    @Bean
    org.springframework.security.oauth2.jwt.JwtDecoder tokens(JWKSource<SecurityContext> keys) {
      return org.springframework.security.oauth2.jwt.NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    AuthorizationServerSettings settings() {
      return AuthorizationServerSettings.builder().build();
    }
  }
}

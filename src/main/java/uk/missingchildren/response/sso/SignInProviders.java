package uk.missingchildren.response.sso;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The configured providers, for the sign-in and invitation pages' buttons (templates ask for
 * {@code @signInProviders.buttons()}) and for every step of signing in with one.
 */
@Component("signInProviders")
@EnableConfigurationProperties(SsoProperties.class)
public class SignInProviders {

  /** What a sign-in button needs: where it goes and what it says. */
  public record Button(String path, String label) {}

  private final List<SsoProperties.Provider> providers;

  SignInProviders(SsoProperties properties) {
    this.providers = properties.providers();
  }

  public List<Button> buttons() {
    return providers.stream()
        .map(p -> new Button(SsoController.START + p.id(), p.buttonLabel()))
        .toList();
  }

  boolean any() {
    return !providers.isEmpty();
  }

  List<SsoProperties.Provider> all() {
    return providers;
  }

  Optional<SsoProperties.Provider> find(String id) {
    return providers.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** The provider's button label, such as "Sign in with Microsoft", for its error pages. */
  String label(String id) {
    return find(id).map(SsoProperties.Provider::buttonLabel).orElse("");
  }
}

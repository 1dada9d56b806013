package uk.missingchildren.response.shared.forms;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Values the service hands to a browser and must be able to trust when they come back, such as a
 * pass in a cookie: the value with its signature for one purpose, under the service's own key.
 */
@Component
public class SignedValues {

  private final Signatures signatures;

  SignedValues(Signatures signatures) {
    this.signatures = signatures;
  }

  /** {@code value}, a full stop, and its signature; {@code value} must not contain a full stop. */
  public String sign(String purpose, String value) {
    if (value.indexOf('.') >= 0) {
      throw new IllegalArgumentException("A signed value cannot contain a full stop");
    }
    return value + "." + signatures.sign(purpose, value.getBytes(StandardCharsets.UTF_8));
  }

  /** The value, if {@code signed} is one this service signed for {@code purpose}. */
  public Optional<String> verified(String purpose, String signed) {
    if (signed == null || signed.length() > 1000) {
      return Optional.empty();
    }
    int dot = signed.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String value = signed.substring(0, dot);
    return signatures.verify(
            purpose, value.getBytes(StandardCharsets.UTF_8), signed.substring(dot + 1))
        ? Optional.of(value)
        : Optional.empty();
  }
}

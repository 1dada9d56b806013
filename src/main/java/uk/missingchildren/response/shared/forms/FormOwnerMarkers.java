package uk.missingchildren.response.shared.forms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * A marker drawn into every form: who the page was drawn for and when, signed with the service's
 * key. A form that arrives after its session has ended is only kept, and only offered back after
 * signing in, when its marker is genuine, recent and names the person who signs in. A page on another
 * site cannot make one, since it can neither read our pages nor sign for us.
 */
@Component
public class FormOwnerMarkers {

  /** How long a drawn form can wait and still be rescued: a long meeting, with room to spare. */
  static final Duration LIFETIME = Duration.ofHours(12);

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final ServiceSecrets secrets;
  private final Clock clock;
  private volatile SecretKeySpec key;

  FormOwnerMarkers(ServiceSecrets secrets, Clock clock) {
    this.secrets = secrets;
    this.clock = clock;
  }

  /** A marker for a form drawn for the signed-in person {@code owner}. */
  public String issue(String owner) {
    String issued = Long.toString(clock.instant().getEpochSecond());
    String name = ENCODE.encodeToString(normalise(owner).getBytes(StandardCharsets.UTF_8));
    return issued + "." + name + "." + sign(issued + "." + name);
  }

  /** Who a genuine, recent marker was issued to; empty for anything else. */
  public Optional<String> owner(String marker) {
    if (marker == null || marker.length() > 1000) {
      return Optional.empty();
    }
    String[] parts = marker.split("\\.", -1);
    if (parts.length != 3 || !MessageDigest.isEqual(
        sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
        parts[2].getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    try {
      Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[0]));
      Instant now = clock.instant();
      if (issued.isAfter(now.plusSeconds(60)) || issued.plus(LIFETIME).isBefore(now)) {
        return Optional.empty();
      }
      return Optional.of(new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** Whether {@code marker} is genuine, recent and was issued to {@code person}. */
  public boolean issuedTo(String marker, String person) {
    return person != null && owner(marker).filter(normalise(person)::equals).isPresent();
  }

  private static String normalise(String person) {
    return person.strip().toLowerCase(Locale.ROOT);
  }

  private String sign(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key());
      return ENCODE.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }

  private SecretKeySpec key() {
    if (key == null) {
      key = new SecretKeySpec(secrets.key("form-owner-marker"), "HmacSHA256");
    }
    return key;
  }
}

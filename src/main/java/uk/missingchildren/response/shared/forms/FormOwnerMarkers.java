package uk.missingchildren.response.shared.forms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A marker drawn into every form: who the page was drawn for and when, signed with the service's
 * key. A form that arrives after its session has ended is only kept, and only offered back after
 * signing in, when its marker is genuine, recent and names the person who signs in. A page on
 * another site cannot make one, since it can neither read our pages nor sign for us.
 */
@Component
public class FormOwnerMarkers {

  /** How long a drawn form can wait and still be rescued: a long meeting, with room to spare. */
  static final Duration LIFETIME = Duration.ofHours(12);

  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private static final String PURPOSE = "form-owner-marker";

  private final Signatures signatures;
  private final Clock clock;

  /**
   * The last marker made on this thread: a page's forms, and the next page's, share one per second.
   */
  private final ThreadLocal<String[]> lastIssued = new ThreadLocal<>();

  FormOwnerMarkers(Signatures signatures, Clock clock) {
    this.signatures = signatures;
    this.clock = clock;
  }

  /** A marker for a form drawn for the signed-in person {@code owner}. */
  public String issue(String owner) {
    String issued = Long.toString(clock.instant().getEpochSecond());
    String name = ENCODE.encodeToString(normalise(owner).getBytes(StandardCharsets.UTF_8));
    String[] last = lastIssued.get();
    if (last != null && last[0].equals(issued) && last[1].equals(name)) {
      return last[2];
    }
    String marker =
        issued
            + "."
            + name
            + "."
            + signatures.sign(PURPOSE, (issued + "." + name).getBytes(StandardCharsets.UTF_8));
    lastIssued.set(new String[] {issued, name, marker});
    return marker;
  }

  /** Who a genuine, recent marker was issued to; empty for anything else. */
  public Optional<String> owner(String marker) {
    if (marker == null || marker.length() > 1000) {
      return Optional.empty();
    }
    String[] parts = marker.split("\\.", -1);
    if (parts.length != 3
        || !signatures.verify(
            PURPOSE, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8), parts[2])) {
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
}

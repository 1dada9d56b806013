package uk.missingchildren.response.progress;

import java.util.List;
import java.util.UUID;

/**
 * Which two rounds to compare, from the page's {@code from} and {@code to} parameters and the
 * rounds there are (oldest first). Left out, "to" is the latest round and "from" the one before it.
 * An id that is not one of the rounds is not found (404), so another partnership's id reveals
 * nothing; words that are not an id at all, or the same round twice, are errors to show on the
 * form.
 *
 * @param fromError the message key of what is wrong with "from", or null
 * @param toError the message key of what is wrong with "to", or null
 */
record RoundChoice(UUID from, UUID to, String fromError, String toError) {

  static final String NOT_ON_LIST = "compare.error.notOnList";
  static final String SAME = "compare.error.same";

  /**
   * @throws RoundNotFoundException when an id is well formed but not one of {@code rounds}
   */
  static RoundChoice of(String from, String to, List<UUID> rounds) {
    Parsed later = parse(to, rounds);
    Parsed earlier = parse(from, rounds);
    if (rounds.size() < 2) {
      return new RoundChoice(null, null, null, null);
    }
    UUID toId = later.blank() ? rounds.get(rounds.size() - 1) : later.id();
    UUID fromId = earlier.blank() && toId != null ? roundBefore(toId, rounds) : earlier.id();
    String toError =
        later.error() != null ? later.error() : fromId != null && fromId.equals(toId) ? SAME : null;
    return new RoundChoice(fromId, toId, earlier.error(), toError);
  }

  /** Two different rounds chosen, with nothing wrong: there is a comparison to show. */
  public boolean ready() {
    return from != null && to != null && fromError == null && toError == null;
  }

  public boolean hasErrors() {
    return fromError != null || toError != null;
  }

  /** The round just before this one, or just after it when it is the first. */
  private static UUID roundBefore(UUID id, List<UUID> rounds) {
    int index = rounds.indexOf(id);
    return rounds.get(index > 0 ? index - 1 : index + 1);
  }

  private static Parsed parse(String value, List<UUID> rounds) {
    if (value == null || value.isBlank()) {
      return new Parsed(null, true, null);
    }
    UUID id;
    try {
      id = UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      return new Parsed(null, false, NOT_ON_LIST);
    }
    if (!rounds.contains(id)) {
      throw new RoundNotFoundException();
    }
    return new Parsed(id, false, null);
  }

  private record Parsed(UUID id, boolean blank, String error) {}
}

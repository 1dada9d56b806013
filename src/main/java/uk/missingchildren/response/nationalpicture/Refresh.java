package uk.missingchildren.response.nationalpicture;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * When the published picture may change. Comparing two publications shows what changed between
 * them; if only one partnership had joined, left or met again, the difference would be its own
 * ratings. So a new picture is published only once at least 5 partnerships' contributions differ
 * from those behind the picture published now, and one partnership's change is always among at
 * least 4 others.
 */
final class Refresh {

  private Refresh() {}

  /**
   * The partnerships whose contribution differs: counted in one and not the other, or counted in
   * both with a different meeting behind their ratings.
   */
  static int changed(Map<UUID, UUID> published, Map<UUID, UUID> now) {
    Set<UUID> partnerships = new HashSet<>(published.keySet());
    partnerships.addAll(now.keySet());
    int changed = 0;
    for (UUID partnership : partnerships) {
      if (!Objects.equals(published.get(partnership), now.get(partnership))) {
        changed++;
      }
    }
    return changed;
  }

  /** Whether to publish a new picture instead of the one published now. */
  static boolean due(Map<UUID, UUID> published, Map<UUID, UUID> now) {
    return changed(published, now) >= Disclosure.THRESHOLD;
  }
}

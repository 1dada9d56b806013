package uk.missingchildren.response.session;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The forms kept in one browser's session, in the order they arrived. A form sent again (a
 * background save, then its button) replaces its earlier copy, so each form appears once, with its
 * latest content.
 */
final class PendingSubmissions implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String SESSION_ATTRIBUTE = PendingSubmissions.class.getName();

  /** Enough for every item on the longest checklist page; beyond it the oldest is dropped. */
  static final int MOST_KEPT = 60;

  private final LinkedHashMap<String, PendingSubmission> byToken = new LinkedHashMap<>();

  void keep(PendingSubmission submission) {
    byToken.remove(submission.token());
    byToken.put(submission.token(), submission);
    while (byToken.size() > MOST_KEPT) {
      byToken.remove(byToken.keySet().iterator().next());
    }
  }

  Optional<PendingSubmission> remove(String token) {
    return Optional.ofNullable(token == null ? null : byToken.remove(token));
  }

  List<PendingSubmission> all() {
    return new ArrayList<>(byToken.values());
  }

  boolean isEmpty() {
    return byToken.isEmpty();
  }
}

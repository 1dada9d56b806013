package uk.missingchildren.response.account;

import java.util.Optional;
import java.util.UUID;

/**
 * A feature that keeps something about people's accounts, taking part when someone deletes theirs:
 * it can hold the deletion up (a partnership must not be left without a coordinator) and must erase
 * what it keeps about them, in the deletion's transaction.
 */
public interface PersonalDataHolder {

  /** Why the account cannot be deleted yet, or empty if it can. */
  default Optional<DeletionBlocker> blocker(UUID accountId) {
    return Optional.empty();
  }

  /**
   * Erases what this feature keeps about the person; what they contributed stays, attributed to
   * {@code formerMember} ("a former member") where it named them by {@code email} or {@code name}.
   */
  void erase(UUID accountId, String email, String name, String formerMember);

  /** A message key for why not, and the one thing it names (such as the partnership). */
  record DeletionBlocker(String messageKey, String naming) {}
}

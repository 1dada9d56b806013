package uk.missingchildren.response.account;

import java.util.Optional;

/**
 * What someone must do after their password before they are signed in, such as type a code from
 * their authenticator app. The feature that knows is outside this package, so this is a question.
 */
public interface SecondStep {

  /** The address of the step this person must take next, or empty to sign them in now. */
  Optional<String> after(SignedInUser passwordChecked);

  /** Whether this account has a second factor, for its settings page. */
  boolean inUse(java.util.UUID accountId);
}

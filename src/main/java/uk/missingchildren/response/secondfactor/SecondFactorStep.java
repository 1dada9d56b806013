package uk.missingchildren.response.secondfactor;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.SecondStep;
import uk.missingchildren.response.account.SignedInUser;

/**
 * After a right password: a code from the app for anyone who has one, and setting one up for anyone
 * who must have one (the administrator, and members of a partnership that requires it).
 */
@Component
class SecondFactorStep implements SecondStep {

  static final String CODE = "/sign-in/code";
  static final String SET_UP = "/sign-in/set-up-code";
  static final String RECOVERY = "/sign-in/recovery-code";
  static final String SIGN_IN_RECOVERY_CODES = "/sign-in/recovery-codes";

  private final SecondFactorService secondFactors;

  SecondFactorStep(SecondFactorService secondFactors) {
    this.secondFactors = secondFactors;
  }

  @Override
  public Optional<String> after(SignedInUser passwordChecked) {
    if (secondFactors.hasSecondFactor(passwordChecked.accountId())) {
      return Optional.of(CODE);
    }
    boolean required =
        secondFactors.requirement(passwordChecked.accountId(), passwordChecked.administrator())
            != SecondFactorService.Requirement.NONE;
    return required ? Optional.of(SET_UP) : Optional.empty();
  }

  @Override
  public boolean inUse(UUID accountId) {
    return secondFactors.hasSecondFactor(accountId);
  }
}

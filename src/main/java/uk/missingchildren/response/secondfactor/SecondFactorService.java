package uk.missingchildren.response.secondfactor;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.account.SignInThrottle;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.SecondFactorPolicy;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Setting up, using and removing an account's second factor. Every wrong code counts towards the
 * same limits as wrong passwords (5 for one account, 50 from one network address, in 15 minutes),
 * under a key of its own so the two are told apart in the log.
 */
@Service
public class SecondFactorService {

  /** What happened to a code typed at sign-in or in the account's settings. */
  public enum Check {
    ACCEPTED,
    WRONG,
    THROTTLED
  }

  /** Why a second factor must stay, or empty when the person may remove it. */
  public enum Requirement {
    NONE,
    ADMINISTRATOR,
    PARTNERSHIP
  }

  private final SecondFactors factors;
  private final RecoveryCodes recoveryCodes;
  private final Accounts accounts;
  private final SecondFactorPolicy policy;
  private final SignInThrottle throttle;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Clock clock;

  SecondFactorService(
      SecondFactors factors,
      RecoveryCodes recoveryCodes,
      Accounts accounts,
      SecondFactorPolicy policy,
      SignInThrottle throttle,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock) {
    this.factors = factors;
    this.recoveryCodes = recoveryCodes;
    this.accounts = accounts;
    this.policy = policy;
    this.throttle = throttle;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  @CheckedWithoutContext("about the signed-in person's own account")
  @Transactional(readOnly = true)
  public boolean hasSecondFactor(UUID accountId) {
    return factors.existsById(accountId);
  }

  @CheckedWithoutContext("about the signed-in person's own account")
  @Transactional(readOnly = true)
  public Requirement requirement(UUID accountId, boolean administrator) {
    if (administrator) {
      return Requirement.ADMINISTRATOR;
    }
    return policy.requiredFor(accountId) ? Requirement.PARTNERSHIP : Requirement.NONE;
  }

  @CheckedWithoutContext("about the signed-in person's own account")
  @Transactional(readOnly = true)
  public long recoveryCodesLeft(UUID accountId) {
    return recoveryCodes.findByAccountId(accountId).stream().filter(c -> !c.used()).count();
  }

  /**
   * Keeps the secret once a code from the app proves it was copied right, replacing any app set up
   * before, and returns ten new recovery codes to show once; empty when the code is not the app's.
   */
  @CheckedWithoutContext("for the person's own account, once their password was checked")
  @Transactional
  public Optional<List<String>> confirm(UUID accountId, String secret, String typed) {
    OptionalLong step = TimeBasedCodes.matchingStep(secret, typed, clock.instant(), 0);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    Optional<SecondFactor> existing = factors.findForUpdate(accountId);
    boolean replacing = existing.isPresent();
    existing.ifPresentOrElse(
        factor -> factor.replace(secret, step.getAsLong(), clock.instant()),
        () -> factors.save(new SecondFactor(accountId, secret, step.getAsLong(), clock.instant())));
    List<String> codes = replaceRecoveryCodes(accountId);
    record(accountId, replacing ? "SECOND_FACTOR_REPLACED" : "SECOND_FACTOR_SET_UP", null);
    return Optional.of(codes);
  }

  /** The code from the app, at sign-in or to confirm a change in the account's settings. */
  @CheckedWithoutContext("for the person's own account, once their password was checked")
  @Transactional
  public Check checkCode(UUID accountId, String typed, String address) {
    String key = throttleKey(accountId);
    if (throttle.blocked(key, address)) {
      record(accountId, "SECOND_FACTOR_THROTTLED", null);
      return Check.THROTTLED;
    }
    boolean accepted =
        factors.findForUpdate(accountId).map(f -> f.accepts(typed, clock.instant())).orElse(false);
    return afterCheck(accountId, key, address, accepted, "SECOND_FACTOR_FAILED");
  }

  /** A recovery code instead of the app's: each works once. */
  @CheckedWithoutContext("for the person's own account, once their password was checked")
  @Transactional
  public Check useRecoveryCode(UUID accountId, String typed, String address) {
    String key = throttleKey(accountId);
    if (throttle.blocked(key, address)) {
      record(accountId, "SECOND_FACTOR_THROTTLED", null);
      return Check.THROTTLED;
    }
    Optional<RecoveryCode> code =
        recoveryCodes
            .findByAccountIdAndCodeHash(accountId, RecoveryCode.hash(typed))
            .filter(c -> !c.used());
    code.ifPresent(c -> c.use(clock.instant()));
    Check check = afterCheck(accountId, key, address, code.isPresent(), "RECOVERY_CODE_FAILED");
    if (check == Check.ACCEPTED) {
      record(accountId, "RECOVERY_CODE_USED", recoveryCodesLeft(accountId) + " left");
    }
    return check;
  }

  /** New recovery codes, the old ones no longer working; needs a current code from the app. */
  @CheckedWithoutContext("for the signed-in person's own account")
  @Transactional
  public Optional<List<String>> newRecoveryCodes(UUID accountId, String typed, String address) {
    if (checkCode(accountId, typed, address) != Check.ACCEPTED) {
      return Optional.empty();
    }
    List<String> codes = replaceRecoveryCodes(accountId);
    record(accountId, "RECOVERY_CODES_REPLACED", null);
    return Optional.of(codes);
  }

  /**
   * Turns the second factor off, given the password and a current code; refused (false) when either
   * is wrong. The caller has already checked that nothing requires it.
   */
  @CheckedWithoutContext("for the signed-in person's own account")
  @Transactional
  public boolean remove(UUID accountId, String password, String typed, String address) {
    Account account = accounts.findById(accountId).orElseThrow();
    boolean passwordRight =
        account.passwordHash() != null
            && password != null
            && passwords.matches(password, account.passwordHash());
    if (!passwordRight) {
      throttle.failed(throttleKey(accountId), address);
      record(accountId, "SECOND_FACTOR_REMOVAL_REFUSED", "wrong password");
      return false;
    }
    if (checkCode(accountId, typed, address) != Check.ACCEPTED) {
      return false;
    }
    factors.deleteById(accountId);
    recoveryCodes.deleteByAccountId(accountId);
    record(accountId, "SECOND_FACTOR_REMOVED", null);
    return true;
  }

  /** Who has a second factor, for the administrator's list of accounts. */
  @CheckedWithoutContext(
      "site administrators only (enforced here and on /admin): yes or no per account")
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional(readOnly = true)
  public Set<UUID> accountsUsingIt() {
    return factors.findAllAccountIds();
  }

  /**
   * For someone who has lost both their phone and their recovery codes: the administrator turns the
   * second factor off (never their own), and the person sets up a new app at their next sign-in if
   * they must have one. False when it is the administrator's own.
   */
  @CheckedWithoutContext("site administrators only (enforced here and on /admin)")
  @PreAuthorize("hasRole('ADMIN')")
  @Transactional
  public boolean removeForSomeone(UUID accountId, UUID administratorId, String administratorEmail) {
    if (accountId.equals(administratorId) || !factors.existsById(accountId)) {
      return false;
    }
    factors.deleteById(accountId);
    recoveryCodes.deleteByAccountId(accountId);
    String email = accounts.findById(accountId).map(Account::email).orElse(null);
    audit.record(
        new AuditEvent.Actor(administratorId, administratorEmail),
        "SECOND_FACTOR_REMOVED_BY_ADMINISTRATOR",
        email,
        null);
    return true;
  }

  private Check afterCheck(
      UUID accountId, String key, String address, boolean accepted, String failure) {
    if (accepted) {
      throttle.succeeded(key);
      return Check.ACCEPTED;
    }
    throttle.failed(key, address);
    record(accountId, failure, null);
    return Check.WRONG;
  }

  private List<String> replaceRecoveryCodes(UUID accountId) {
    recoveryCodes.deleteByAccountId(accountId);
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < RecoveryCode.HOW_MANY; i++) {
      String code = RecoveryCode.newCode();
      recoveryCodes.save(new RecoveryCode(accountId, code));
      codes.add(code);
    }
    return codes;
  }

  private void record(UUID accountId, String action, String details) {
    String email = accounts.findById(accountId).map(Account::email).orElse(null);
    audit.record(new AuditEvent.Actor(accountId, email), action, email, details);
  }

  /** Counted apart from passwords; an id, since the address of the account may change. */
  private static String throttleKey(UUID accountId) {
    return "second-factor:" + accountId;
  }
}

package uk.missingchildren.response.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.missingchildren.response.audit.AuditLog;

/** How passwords are checked and stored. */
@Configuration
class SignInConfig {

  /**
   * BCrypt, cost 12 by default: about a quarter of a second per check on a 2-core server, slow
   * enough to resist offline guessing; the password is hashed first so its length is not limited to
   * BCrypt's 72 bytes ({@link PasswordHashing}). Tests lower the cost to keep the suite fast.
   */
  @Bean
  PasswordEncoder passwordEncoder(@Value("${app.accounts.bcrypt-cost:12}") int cost) {
    return PasswordHashing.encoder(cost);
  }

  @Bean
  AuthenticationProvider authenticationProvider(
      AccountUserDetailsService accounts,
      PasswordEncoder encoder,
      SignInThrottle throttle,
      AuditLog audit) {
    DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
    passwords.setPasswordEncoder(encoder);
    // Hashes from before pre-hashing are replaced at the next successful sign-in.
    passwords.setUserDetailsPasswordService(accounts);
    // Spring hides "no such account" as a bad password, so nobody can find out who is registered.
    passwords.setHideUserNotFoundExceptions(true);
    // Only say an account is unconfirmed to someone who knows its password.
    passwords.setPreAuthenticationChecks(user -> {});
    passwords.setPostAuthenticationChecks(
        user -> {
          if (!user.isAccountNonLocked()) {
            throw new LockedException("Account deactivated");
          }
          if (!user.isEnabled()) {
            throw new DisabledException("Email address not confirmed");
          }
        });
    return new ThrottledAuthenticationProvider(passwords, throttle, audit);
  }
}

package uk.missingchildren.response.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account someone is signing in to, by email address, and stores a password hash again in
 * the current form when Spring Security upgrades an older one at sign-in.
 */
@Service
class AccountUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

  private final Accounts accounts;

  AccountUserDetailsService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    return accounts
        .findByEmail(Account.normalise(email))
        // An account made by signing in with an organisation's account has no password to check.
        .filter(account -> account.passwordHash() != null)
        .map(SignedInUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("No account"));
  }

  @Override
  @Transactional
  public UserDetails updatePassword(UserDetails user, String newHash) {
    Account account = accounts.findByEmail(Account.normalise(user.getUsername())).orElseThrow();
    account.changePassword(newHash);
    return new SignedInUser(account);
  }
}

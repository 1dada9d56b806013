package uk.missingchildren.response.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the account someone is signing in to, by email address. */
@Service
class AccountUserDetailsService implements UserDetailsService {

  private final Accounts accounts;

  AccountUserDetailsService(Accounts accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String email) {
    return accounts
        .findByEmail(Account.normalise(email))
        .map(SignedInUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("No account"));
  }
}

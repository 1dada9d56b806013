package uk.missingchildren.response.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The person behind a session. Kept small and serialisable because sessions live in the database;
 * anything that can change (names, memberships) is read fresh from the database when needed.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final UUID accountId;
  private final String email;
  private String passwordHash;
  private final boolean verified;
  private final boolean administrator;
  private final boolean active;

  SignedInUser(Account account) {
    this.accountId = account.id();
    this.email = account.email();
    this.passwordHash = account.passwordHash();
    this.verified = account.emailVerified();
    this.administrator = account.administrator();
    this.active = account.active();
  }

  public UUID accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public boolean administrator() {
    return administrator;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return administrator
        ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
        : List.of(new SimpleGrantedAuthority("ROLE_USER"));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return email;
  }

  /** An account can only be used once its email address is confirmed. */
  @Override
  public boolean isEnabled() {
    return verified;
  }

  /** A deactivated account is locked: it cannot sign in until an administrator reactivates it. */
  @Override
  public boolean isAccountNonLocked() {
    return active;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}

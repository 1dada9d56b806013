package uk.missingchildren.response.account;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.notification.EmailComposer;
import uk.missingchildren.response.notification.Mailer;

/**
 * Hashing the password is nearly all the time registration takes (a quarter of a second at cost
 * 12), so it happens whether or not the address already has an account: otherwise a fast answer
 * would tell anyone that it has one.
 */
class RegistrationTimingTest {

  private final Accounts accounts = mock(Accounts.class);
  private final PasswordEncoder encoder = mock(PasswordEncoder.class);
  private final AccountService service =
      new AccountService(
          accounts,
          mock(AccountTokens.class),
          encoder,
          mock(Mailer.class),
          mock(EmailComposer.class),
          new AccountProperties(
              null, java.time.Duration.ofHours(24), java.time.Duration.ofHours(1)),
          mock(AuditLog.class),
          Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void anAddressThatHasAnAccount_stillHasItsPasswordHashed() {
    when(accounts.findByEmail("taken@example.org")).thenReturn(Optional.of(mock(Account.class)));

    service.register(form("taken@example.org"));

    verify(encoder, times(1)).encode("a password typed here");
  }

  @Test
  void aNewAddress_hasItsPasswordHashedOnce() {
    when(accounts.findByEmail("new@example.org")).thenReturn(Optional.empty());
    when(accounts.save(any())).thenAnswer(call -> call.getArgument(0));
    when(encoder.encode(any())).thenReturn("{bcrypt-sha256}hash");

    service.register(form("new@example.org"));

    verify(encoder, times(1)).encode("a password typed here");
  }

  private static RegistrationForm form(String email) {
    RegistrationForm form = new RegistrationForm();
    form.setDisplayName("Tim Timing");
    form.setEmail(email);
    form.setPassword("a password typed here");
    return form;
  }
}

package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class SignInThrottlingIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired AuditEvents audit;

  @Test
  void afterFiveWrongPasswords_evenTheRightOneIsRefusedForAWhile() {
    Account account = users.givenAccount("Terry Throttled");
    SiteVisitor attacker = new SiteVisitor(url(""));

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(
              RegistrationIntegrationTest.signIn(
                  attacker, account.email(), "wrong guess " + attempt))
          .as("attempt " + attempt)
          .isEqualTo("signIn.error.incorrect");
    }

    assertThat(
            RegistrationIntegrationTest.signIn(
                new SiteVisitor(url("")), account.email(), TestUsers.PASSWORD))
        .isEqualTo("signIn.error.throttled");
    assertThat(audit.findByActionOrderByIdAsc("SIGN_IN_FAILED"))
        .filteredOn(e -> account.email().equals(e.subject()))
        .hasSize(5);
    assertThat(audit.findByActionOrderByIdAsc("SIGN_IN_THROTTLED"))
        .anySatisfy(e -> assertThat(e.subject()).isEqualTo(account.email()));
  }

  @Test
  void anAddressWithNoAccount_isAnsweredAndThrottledExactlyLikeOneWithAnAccount() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    String nobody = "nobody.here@example.org";

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(RegistrationIntegrationTest.signIn(visitor, nobody, "guess " + attempt))
          .isEqualTo("signIn.error.incorrect");
    }

    assertThat(RegistrationIntegrationTest.signIn(visitor, nobody, "guess 6"))
        .isEqualTo("signIn.error.throttled");
  }

  @Test
  void aSuccessfulSignIn_clearsEarlierFailures() {
    Account account = users.givenAccount("Sally Success");
    SiteVisitor visitor = new SiteVisitor(url(""));
    for (int attempt = 1; attempt <= 4; attempt++) {
      RegistrationIntegrationTest.signIn(visitor, account.email(), "typo " + attempt);
    }
    assertThat(RegistrationIntegrationTest.signIn(visitor, account.email(), TestUsers.PASSWORD))
        .isNull();

    SiteVisitor later = new SiteVisitor(url(""));
    for (int attempt = 1; attempt <= 4; attempt++) {
      RegistrationIntegrationTest.signIn(later, account.email(), "another typo " + attempt);
    }
    assertThat(RegistrationIntegrationTest.signIn(later, account.email(), TestUsers.PASSWORD))
        .isNull();
  }

  @Test
  void emptyFields_getTheirOwnMessages() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    assertThat(RegistrationIntegrationTest.signIn(visitor, "", "something"))
        .isEqualTo("Enter your email address");
    assertThat(RegistrationIntegrationTest.signIn(visitor, "someone@example.org", ""))
        .isEqualTo("Enter your password");
  }
}

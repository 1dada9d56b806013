package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.notification.EmailMessages;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.Outbox;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Input as long as a person (or an attacker) cares to send, where it meets a column or an
 * algorithm: the form says how long it may be, or takes it in full. Never a server error.
 */
class LongInputIntegrationTest extends IntegrationTest {

  /** 96 bytes: past BCrypt's 72, well within the policy's 256 characters. */
  private static final String LONG_PASSWORD =
      "the lantern by the harbour wall was lit every evening by whoever came home last from the boats";

  @Autowired TestUsers users;
  @Autowired EmailMessages outbox;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aPasswordLongerThan72Bytes_registersAndSignsIn_andEveryCharacterOfItCounts() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    String email = "long.password." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    HttpResponse<String> registered =
        visitor.submitForm(
            "/register",
            "main form",
            Map.of("displayName", "Lena Long", "email", email, "password", LONG_PASSWORD));
    assertThat(registered.statusCode()).isEqualTo(302);
    visitor.get(Outbox.newestLink(outbox, email, "/verify-email/"));

    assertThat(
            RegistrationIntegrationTest.signIn(
                new SiteVisitor(url("")), email, LONG_PASSWORD.substring(0, 72) + " and more"))
        .as("the same first 72 bytes are not enough")
        .isEqualTo("signIn.error.incorrect");
    assertThat(RegistrationIntegrationTest.signIn(new SiteVisitor(url("")), email, LONG_PASSWORD))
        .isNull();
  }

  @Test
  void changingToALongPassword_andResettingToOne_work() {
    Account account = users.givenAccount("Cho Change");
    SiteVisitor visitor = users.signedIn(url(""), account);

    HttpResponse<String> changed =
        visitor.submitForm(
            "/account/password",
            "main form",
            Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", LONG_PASSWORD));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(
            RegistrationIntegrationTest.signIn(
                new SiteVisitor(url("")), account.email(), LONG_PASSWORD))
        .isNull();

    SiteVisitor forgetful = new SiteVisitor(url(""));
    forgetful.submitForm("/forgotten-password", "main form", Map.of("email", account.email()));
    String reset = Outbox.newestLink(outbox, account.email(), "/reset-password/");
    String longer = LONG_PASSWORD + " and the one after that";
    HttpResponse<String> wasReset =
        forgetful.submitForm(reset, "main form", Map.of("password", longer));
    assertThat(wasReset.statusCode()).isEqualTo(302);
    assertThat(
            RegistrationIntegrationTest.signIn(new SiteVisitor(url("")), account.email(), longer))
        .isNull();
  }

  @Test
  void passwordsThatAreTooLong_orOnlySpaces_orOneCharacterRepeated_areRefusedWithTheRule() {
    assertThat(registrationError("orchard lantern ".repeat(17)))
        .isEqualTo("Password must be 256 characters or fewer");
    assertThat(registrationError("            "))
        .isEqualTo("Enter a password that is not just spaces or a few characters repeated");
    assertThat(registrationError("aaaaaaaaaaaa"))
        .isEqualTo("Enter a password that is not just spaces or a few characters repeated");
  }

  @Test
  void anInvitationToAnAddressLongerThan320Characters_saysTheLimit_andKeepsWhatWasTyped() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Ivy Invite"));
    UUID partnership = BenchmarkMeetings.givenPartnership(coordinator, "Long Invite Partnership");
    String tooLong = "a".repeat(330) + "@example.org";

    HttpResponse<String> response =
        coordinator.submitForm(
            "/partnerships/" + partnership + "/members/invite",
            "main form",
            Map.of("email", tooLong, "role", "MEMBER"));

    Document page = Jsoup.parse(response.body());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactly("Email address must be 320 characters or fewer");
    assertThat(page.getElementById("email").val()).isEqualTo(tooLong);
  }

  @Test
  void aNewEmailAddressLongerThan320Characters_saysTheLimit() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Eli Email"));

    HttpResponse<String> response =
        visitor.submitForm(
            "/account/email",
            "main form",
            Map.of(
                "newEmail",
                "b".repeat(330) + "@example.org",
                "currentPassword",
                TestUsers.PASSWORD));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(response.body()).select(".govuk-error-summary a").eachText())
        .containsExactly("Email address must be 320 characters or fewer");
  }

  @Test
  void signingInWithAVeryLongEmailAddress_isCountedAndThrottledLikeAnyOther() {
    String enormous = "c".repeat(600) + "@example.org";
    SiteVisitor visitor = new SiteVisitor(url(""));

    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(RegistrationIntegrationTest.signIn(visitor, enormous, "guess number " + attempt))
          .as("attempt " + attempt)
          .isEqualTo("signIn.error.incorrect");
    }

    assertThat(RegistrationIntegrationTest.signIn(visitor, enormous, "guess number 6"))
        .isEqualTo("signIn.error.throttled");
  }

  private String registrationError(String password) {
    HttpResponse<String> response =
        new SiteVisitor(url(""))
            .submitForm(
                "/register",
                "main form",
                Map.of(
                    "displayName",
                    "Rita Rules",
                    "email",
                    "rules@example.org",
                    "password",
                    password));
    assertThat(response.statusCode()).isEqualTo(200);
    return Jsoup.parse(response.body()).select("#password-error").text().replace("Error: ", "");
  }
}

package uk.missingchildren.response.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Signing in leads someone with exactly one partnership straight to it; anyone else to the list to
 * choose from.
 */
class SignInLandingIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;

  @Test
  void withOnePartnership_signingInGoesStraightToIt() {
    Account account = users.givenAccount("Uma Onlyone");
    UUID partnershipId =
        BenchmarkMeetings.givenPartnership(users.signedIn(url(""), account), "Only Partnership");

    assertThat(landing(account)).isEqualTo("/partnerships/" + partnershipId);
  }

  @Test
  void withNoneOrTwo_signingInGoesToTheList() {
    Account account = users.givenAccount("Tom Twoplaces");
    assertThat(landing(account)).isEqualTo("/partnerships");

    SiteVisitor member = users.signedIn(url(""), account);
    BenchmarkMeetings.givenPartnership(member, "First Partnership");
    BenchmarkMeetings.givenPartnership(member, "Second Partnership");
    assertThat(landing(account)).isEqualTo("/partnerships");
  }

  /** Where signing in with a fresh browser ends up, after following the redirects. */
  private String landing(Account account) {
    SiteVisitor visitor = new SiteVisitor(url(""));
    HttpResponse<String> signedIn =
        visitor.submitForm(
            "/sign-in",
            "main form",
            Map.of("email", account.email(), "password", TestUsers.PASSWORD));
    String location = signedIn.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("/partnerships/after-sign-in");
    HttpResponse<String> decided = visitor.get(location.replaceFirst("^https?://[^/]+", ""));
    assertThat(decided.statusCode()).isEqualTo(302);
    return decided
        .headers()
        .firstValue("Location")
        .orElseThrow()
        .replaceFirst("^https?://[^/]+", "");
  }
}

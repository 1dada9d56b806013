package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.SmtpIntegrationTest;
import uk.missingchildren.response.support.TestSmtpServer;

class RegistrationIntegrationTest extends SmtpIntegrationTest {

  static final String PASSWORD = "lantern orchard velvet";

  @Autowired Accounts accounts;
  @Autowired AuditEvents audit;

  @Test
  void register_sendsAConfirmationLink_andTheAccountCanSignInOnlyOnceConfirmed() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    HttpResponse<String> registered =
        register(visitor, "Sam Taylor", "Sam.Taylor@Example.org", PASSWORD);
    assertThat(registered.headers().firstValue("Location").orElseThrow())
        .endsWith("/register/check-email");
    Document checkEmail = Jsoup.parse(visitor.get("/register/check-email").body());
    assertThat(checkEmail.select("h1").text()).isEqualTo("Check your email");
    assertThat(checkEmail.text()).contains("sam.taylor@example.org").doesNotContain("Not sent");

    assertThat(signIn(visitor, "sam.taylor@example.org", PASSWORD))
        .isEqualTo("signIn.error.unverified");

    MimeMessage email = TestSmtpServer.messagesTo("sam.taylor@example.org", 1).get(0);
    Document confirmed =
        Jsoup.parse(visitor.get(TestSmtpServer.linkIn(email, "/verify-email/")).body());
    assertThat(confirmed.select("h1").text()).isEqualTo("Email address confirmed");

    HttpResponse<String> signedIn =
        visitor.submitForm(
            "/sign-in",
            "main form",
            Map.of("email", "SAM.TAYLOR@example.org", "password", PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow())
        .endsWith("/partnerships/after-sign-in");
    assertThat(audit.findByActionOrderByIdAsc("SIGNED_IN"))
        .anySatisfy(event -> assertThat(event.actorEmail()).isEqualTo("sam.taylor@example.org"));
  }

  @Test
  void aConfirmationLink_worksOnlyOnce() throws Exception {
    SiteVisitor visitor = new SiteVisitor(url(""));
    register(visitor, "Alex Morgan", "alex.once@example.org", PASSWORD);
    String link =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo("alex.once@example.org", 1).get(0), "/verify-email/");

    visitor.get(link);
    Document second = Jsoup.parse(visitor.get(link).body());

    assertThat(second.select("h1").text())
        .isEqualTo("This link has expired or has already been used");
  }

  @Test
  void registeringAnAddressThatHasAnAccount_showsTheSamePage_andTellsTheOwnerByEmail() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    register(visitor, "First Person", "taken@example.org", PASSWORD);
    TestSmtpServer.messagesTo("taken@example.org", 1);

    HttpResponse<String> again =
        register(
            new SiteVisitor(url("")),
            "Someone Else",
            "taken@example.org",
            "another long passphrase");

    assertThat(again.headers().firstValue("Location").orElseThrow())
        .endsWith("/register/check-email");
    MimeMessage warning = TestSmtpServer.messagesTo("taken@example.org", 2).get(1);
    assertThat(TestSmtpServer.plainText(warning)).contains("already has one");
    assertThat(accounts.findByEmail("taken@example.org").orElseThrow().displayName())
        .isEqualTo("First Person");
  }

  @Test
  void badInput_isExplainedNextToEachField_andWhatWasTypedIsKept() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    HttpResponse<String> response = register(visitor, "", "not-an-email", "password1234");

    Document page = Jsoup.parse(response.body());
    assertThat(page.title()).startsWith("Error:");
    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactlyInAnyOrder(
            "Enter your full name",
            "Enter an email address in the correct format, like name@example.com",
            "Choose a password that is harder to guess. This one is commonly used or contains your email address");
    assertThat(page.select(".govuk-error-summary a").eachAttr("href"))
        .contains("#displayName", "#email", "#password");
    assertThat(page.getElementById("email").val()).isEqualTo("not-an-email");
    assertThat(page.getElementById("email").attr("aria-describedby")).contains("email-error");
    assertThat(page.getElementById("password").val()).isEmpty();
  }

  @Test
  void aShortPassword_isRefusedWithItsMinimumLength() {
    Document page =
        Jsoup.parse(
            register(new SiteVisitor(url("")), "Jo Patel", "jo.patel@example.org", "short").body());

    assertThat(page.select("#password-error").text())
        .contains("Password must be 12 characters or more");
  }

  private HttpResponse<String> register(
      SiteVisitor visitor, String name, String email, String password) {
    return visitor.submitForm(
        "/register",
        "main form",
        Map.of("displayName", name, "email", email, "password", password));
  }

  /** Signs in and returns the message key of the error shown, or null if signed in. */
  static String signIn(SiteVisitor visitor, String email, String password) {
    HttpResponse<String> response =
        visitor.submitForm("/sign-in", "main form", Map.of("email", email, "password", password));
    String location = response.headers().firstValue("Location").orElse("");
    if (!location.endsWith("/sign-in")) {
      return null;
    }
    Document page = Jsoup.parse(visitor.get("/sign-in").body());
    String message = page.select(".govuk-error-summary a").text();
    return switch (message) {
      case "Enter a correct email address and password. You can reset your password if you have forgotten it" ->
          "signIn.error.incorrect";
      case "You have tried to sign in too many times. Wait 15 minutes and try again, or reset your password" ->
          "signIn.error.throttled";
      case "Confirm your email address before you sign in. Check your email for the link, or ask us to send a new one" ->
          "signIn.error.unverified";
      default -> message;
    };
  }
}

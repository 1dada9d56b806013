package uk.missingchildren.response.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.SmtpIntegrationTest;
import uk.missingchildren.response.support.TestSmtpServer;
import uk.missingchildren.response.support.TestUsers;

class AccountSettingsIntegrationTest extends SmtpIntegrationTest {

  @Autowired TestUsers users;
  @Autowired Accounts accounts;

  @Test
  void details_canBeChanged_andShowOnTheAccountPage() {
    Account account = users.givenAccount("Dana Details");
    SiteVisitor visitor = users.signedIn(url(""), account);

    visitor.submitForm(
        "/account/details",
        "main form",
        Map.of(
            "displayName",
            "Dana Jones",
            "agency",
            "RETURN_HOME_INTERVIEW_SERVICE",
            "jobTitle",
            "RHI service manager"));

    Document page = Jsoup.parse(visitor.get("/account").body());
    assertThat(page.select(".govuk-summary-list").text())
        .contains("Dana Jones", "Return home interview service", "RHI service manager");
    assertThat(page.select(".govuk-notification-banner").text())
        .contains("Your details have been saved");
  }

  @Test
  void changingThePassword_needsTheCurrentOne_andThenTheNewOneWorks() {
    Account account = users.givenAccount("Paula Password");
    SiteVisitor visitor = users.signedIn(url(""), account);

    Document wrong =
        Jsoup.parse(
            visitor
                .submitForm(
                    "/account/password",
                    "main form",
                    Map.of(
                        "currentPassword",
                        "not my password",
                        "newPassword",
                        "copper window meadow"))
                .body());
    assertThat(wrong.select("#currentPassword-error").text())
        .contains("The password is not correct");

    visitor.submitForm(
        "/account/password",
        "main form",
        Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "copper window meadow"));

    SiteVisitor fresh = new SiteVisitor(url(""));
    var signedIn =
        fresh.submitForm(
            "/sign-in",
            "main form",
            Map.of("email", account.email(), "password", "copper window meadow"));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow())
        .endsWith("/partnerships/after-sign-in");
    assertThat(TestSmtpServer.plainText(TestSmtpServer.messagesTo(account.email(), 1).get(0)))
        .contains("has just been changed");
  }

  @Test
  void changingTheEmailAddress_takesEffectOnlyWhenTheNewAddressIsConfirmed() {
    Account account = users.givenAccount("Eddie Email");
    SiteVisitor visitor = users.signedIn(url(""), account);

    visitor.submitForm(
        "/account/email",
        "main form",
        Map.of("newEmail", "eddie.new@example.org", "currentPassword", TestUsers.PASSWORD));
    assertThat(accounts.findById(account.id()).orElseThrow().email()).isEqualTo(account.email());

    String link =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo("eddie.new@example.org", 1).get(0),
            "/account/email/confirm/");
    visitor.get(link);

    assertThat(accounts.findById(account.id()).orElseThrow().email())
        .isEqualTo("eddie.new@example.org");
    assertThat(TestSmtpServer.plainText(TestSmtpServer.messagesTo(account.email(), 1).get(0)))
        .contains("eddie.new@example.org");
    var signedIn =
        new SiteVisitor(url(""))
            .submitForm(
                "/sign-in",
                "main form",
                Map.of("email", "eddie.new@example.org", "password", TestUsers.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow())
        .endsWith("/partnerships/after-sign-in");
  }

  @Test
  void lowVisionMode_isRememberedOnTheAccount_andAppliedWhenSigningInElsewhere() {
    Account account = users.givenAccount("Lou Low Vision");
    SiteVisitor laptop = users.signedIn(url(""), account);

    laptop.submitForm("/account", "form[action=/display-mode]", Map.of());
    assertThat(accounts.findById(account.id()).orElseThrow().lowVision()).isTrue();

    SiteVisitor meetingRoomPc = users.signedIn(url(""), account);
    assertThat(meetingRoomPc.cookie("display_mode")).isEqualTo("low-vision");
    assertThat(
            Jsoup.parse(meetingRoomPc.get("/account").body())
                .selectFirst("html")
                .hasClass("app-low-vision"))
        .isTrue();
  }

  @Test
  void signingIn_neverSwitchesLowVisionModeOff_andTheAccountAdoptsIt() {
    Account account = users.givenAccount("Val Visitor");
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.submitForm("/", "form[action=/display-mode]", Map.of());

    visitor.submitForm(
        "/sign-in", "main form", Map.of("email", account.email(), "password", TestUsers.PASSWORD));

    assertThat(visitor.cookie("display_mode")).isEqualTo("low-vision");
    assertThat(accounts.findById(account.id()).orElseThrow().lowVision()).isTrue();
  }

  @Test
  void accountPages_needSigningIn() {
    var response = new SiteVisitor(url("")).get("/account");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
  }
}

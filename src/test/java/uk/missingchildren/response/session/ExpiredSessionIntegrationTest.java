package uk.missingchildren.response.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/** A form posted after the session expired is kept, and sent once the person signs in again. */
class ExpiredSessionIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aFormPostedAfterTheSessionExpired_isKeptThroughSigningIn_andSentWhenTheyConfirm() {
    Account account = users.givenAccount("Sid Session");
    SiteVisitor visitor = users.signedIn(url(""), account);
    Map<String, String> form =
        FormFields.of(Jsoup.parse(visitor.get("/account/details").body()), "main form");

    expireEverySession();
    form.putAll(
        Map.of(
            "displayName", "Sid Typed This", "agency", "HEALTH", "jobTitle", "Designated nurse"));
    HttpResponse<String> posted = visitor.post("/account/details", form);

    assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    Document signIn = Jsoup.parse(visitor.get("/sign-in").body());
    assertThat(signIn.select(".govuk-inset-text").text()).contains("we have kept what you typed");
    HttpResponse<String> signedIn =
        visitor.submitForm(
            "/sign-in",
            "main form",
            Map.of("email", account.email(), "password", TestUsers.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/resume");

    Document resume = Jsoup.parse(visitor.get("/resume").body());
    assertThat(resume.select("main form input[name=displayName]").val())
        .isEqualTo("Sid Typed This");
    assertThat(accounts.findById(account.id()).orElseThrow().displayName())
        .isEqualTo("Sid Session");
    visitor.submitForm(resume, "main form", Map.of());

    Account saved = accounts.findById(account.id()).orElseThrow();
    assertThat(saved.displayName()).isEqualTo("Sid Typed This");
    assertThat(saved.jobTitle()).isEqualTo("Designated nurse");
  }

  @Test
  void passwords_areNeverKept() {
    Account account = users.givenAccount("Pam Password");
    SiteVisitor visitor = users.signedIn(url(""), account);
    Map<String, String> form =
        FormFields.of(Jsoup.parse(visitor.get("/account/password").body()), "main form");

    expireEverySession();
    form.putAll(Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "secret typed here"));
    assertThat(
            visitor.post("/account/password", form).headers().firstValue("Location").orElseThrow())
        .endsWith("/sign-in");
    visitor.submitForm(
        "/sign-in", "main form", Map.of("email", account.email(), "password", TestUsers.PASSWORD));

    assertThat(visitor.get("/resume").body())
        .doesNotContain("secret typed here")
        .doesNotContain(TestUsers.PASSWORD);
  }

  @Test
  void theTimeoutWarning_isOnSignedInPagesOnly() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Tina Timeout"));

    Document signedIn = Jsoup.parse(visitor.get("/account").body());
    assertThat(signedIn.select("dialog#session-timeout").attr("data-timeout-seconds"))
        .isEqualTo("3600");
    assertThat(
            Jsoup.parse(new SiteVisitor(url("")).get("/").body()).select("dialog#session-timeout"))
        .isEmpty();
  }

  @Test
  void stayingSignedIn_keepsTheSessionAlive() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Kim Keepalive"));
    Document page = Jsoup.parse(visitor.get("/account").body());
    String token = page.selectFirst("dialog#session-timeout").attr("data-csrf-token");

    HttpResponse<String> response = visitor.post("/session/keep-alive", Map.of("_csrf", token));

    assertThat(response.statusCode()).isEqualTo(204);
  }

  @Test
  void aBackgroundSaveThenTheButton_afterTheSessionEnded_areKeptAsOneForm_andSentAfterSigningIn() {
    Account account = users.givenAccount("Bob Background");
    SiteVisitor visitor = users.signedIn(url(""), account);
    String benchmark =
        BenchmarkMeetings.start(
            visitor,
            BenchmarkMeetings.givenPartnership(visitor, "Kept Partnership"),
            LocalDate.of(2026, 11, 2));
    String question = benchmark + "/questions/Q04";
    Map<String, String> form =
        FormFields.of(Jsoup.parse(visitor.get(question).body()), "#answer-form");

    expireEverySession();
    form.putAll(
        Map.of("answer", "partly", "notes", "Typed while signed out", "actionsArising", ""));
    HttpResponse<String> background = visitor.postForJson(question, form);
    form.put("notes", "Typed while signed out, then pressed Save and continue");
    HttpResponse<String> button = visitor.post(question, form);

    assertThat(background.statusCode()).isEqualTo(401);
    assertThat(background.body()).contains("\"status\":\"signed-out\"");
    assertThat(button.statusCode()).as("the page's own advice works: no 403").isEqualTo(302);
    assertThat(button.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    assertThat(signInAgain(visitor, account)).endsWith("/resume");

    Document resume = Jsoup.parse(visitor.get("/resume").body());
    assertThat(resume.select(".govuk-summary-card"))
        .as("one form, with its latest content")
        .hasSize(1);
    assertThat(resume.select(".govuk-summary-card__title").text())
        .isEqualTo("Your answer to question Q04 of the benchmark");
    assertThat(resume.select(".govuk-summary-list__row").eachText())
        .contains(
            "Discussion notes Typed while signed out, then pressed Save and continue",
            "Answer Partly");
    assertThat(resume.select("details")).as("shown in full, not folded away").isEmpty();
    assertThat(resume.select(".govuk-warning-text").text())
        .contains("Check each form below is what you meant to send");
    HttpResponse<String> sent = visitor.submitForm(resume, ".govuk-summary-card form", Map.of());

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.queryForObject(
                "SELECT notes FROM benchmark_answer WHERE benchmark_id = ? AND question_id = 'Q04'",
                String.class,
                BenchmarkMeetings.benchmarkId(benchmark)))
        .isEqualTo("Typed while signed out, then pressed Save and continue");
    assertThat(visitor.get("/resume").headers().firstValue("Location").orElseThrow())
        .as("nothing left to send")
        .endsWith("/partnerships");
  }

  @Test
  void everyItemSavedInTheBackgroundAfterTheSessionEnded_isKept() {
    Account account = users.givenAccount("Cath Checklist");
    SiteVisitor visitor = users.signedIn(url(""), account);
    String review =
        ChecklistMeetings.start(
            visitor,
            BenchmarkMeetings.givenPartnership(visitor, "Items Partnership"),
            "return-home-interviews",
            LocalDate.of(2026, 11, 3),
            "blank");
    Document section = Jsoup.parse(visitor.get(review + "/sections/required").body());
    Map<String, String> first = FormFields.of(section, "form[id='T05-R01']");
    Map<String, String> second = FormFields.of(section, "form[id='T05-R02']");

    expireEverySession();
    first.putAll(
        Map.of(
            "extent",
            "fully_met",
            "impact",
            "high",
            "evidence",
            "First item typed while signed out"));
    second.putAll(
        Map.of(
            "extent",
            "partly_met",
            "impact",
            "low",
            "evidence",
            "Second item typed while signed out"));
    assertThat(visitor.postForJson(review + "/items/T05-R01", first).statusCode()).isEqualTo(401);
    assertThat(visitor.postForJson(review + "/items/T05-R02", second).statusCode())
        .as("not refused as a stale token")
        .isEqualTo(401);
    signInAgain(visitor, account);

    Document resume = Jsoup.parse(visitor.get("/resume").body());
    assertThat(resume.select(".govuk-summary-card__title").eachText())
        .containsExactly(
            "Your rating of checklist item T05-R01", "Your rating of checklist item T05-R02");
    visitor.submitForm(resume, ".govuk-summary-card form", Map.of());
    Document rest = Jsoup.parse(visitor.get("/resume").body());
    visitor.submitForm(rest, ".govuk-summary-card form", Map.of());

    assertThat(
            jdbc.queryForList(
                "SELECT evidence FROM checklist_item_rating WHERE review_id = ? ORDER BY item_id",
                String.class,
                ChecklistMeetings.reviewId(review)))
        .containsExactly("First item typed while signed out", "Second item typed while signed out");
  }

  @Test
  void aFormDrawnBeforeSigningInAgain_isKept_andOfferedStraightAway() {
    Account account = users.givenAccount("Tom Token");
    SiteVisitor visitor = users.signedIn(url(""), account);
    Map<String, String> form =
        FormFields.of(Jsoup.parse(visitor.get("/account/details").body()), "main form");

    expireEverySession();
    signInAgain(visitor, account);
    form.putAll(
        Map.of("displayName", "Tom From The Old Tab", "agency", "POLICE", "jobTitle", "Sergeant"));
    HttpResponse<String> posted = visitor.post("/account/details", form);

    assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/resume");
    Document resume = Jsoup.parse(visitor.get("/resume").body());
    assertThat(resume.select(".govuk-summary-list__row").eachText())
        .contains("Your name Tom From The Old Tab");
  }

  @Test
  void aFormPostedByAnotherSite_isRefused_andNeverOffered() {
    Account victim = users.givenAccount("Vic Victim");
    SiteVisitor browser = users.signedIn(url(""), victim);
    UUID partnership = BenchmarkMeetings.givenPartnership(browser, "Target Partnership");
    expireEverySession();

    Map<String, String> forged = Map.of("email", "attacker@evil.example", "role", "COORDINATOR");
    HttpResponse<String> crossSite =
        browser.post(
            "/partnerships/" + partnership + "/members/invite",
            forged,
            Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
    HttpResponse<String> noSignAtAll =
        browser.post("/partnerships/" + partnership + "/members/invite", forged, Map.of());

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(noSignAtAll.statusCode()).as("no marker from our page: refused").isEqualTo(403);
    assertThat(signInAgain(browser, victim)).as("nothing to resume").doesNotContain("/resume");
    assertThat(browser.get("/resume").headers().firstValue("Location").orElseThrow())
        .endsWith("/partnerships");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM invitation WHERE email = 'attacker@evil.example'",
                Long.class))
        .isZero();
  }

  @Test
  void aFormDrawnForSomeoneElse_isNeverOfferedToTheVictim() {
    Account attacker = users.givenAccount("Ada Attacker");
    SiteVisitor attackersBrowser = users.signedIn(url(""), attacker);
    UUID attackersPartnership =
        BenchmarkMeetings.givenPartnership(attackersBrowser, "Attacker Partnership");
    Map<String, String> genuine =
        FormFields.of(
            Jsoup.parse(
                attackersBrowser
                    .get("/partnerships/" + attackersPartnership + "/members/invite")
                    .body()),
            "main form");
    Account victim = users.givenAccount("Val Victim");
    SiteVisitor victimsBrowser = users.signedIn(url(""), victim);
    UUID victimsPartnership =
        BenchmarkMeetings.givenPartnership(victimsBrowser, "Victim Partnership");
    expireEverySession();

    genuine.putAll(Map.of("email", "attacker@evil.example", "role", "COORDINATOR"));
    victimsBrowser.post(
        "/partnerships/" + victimsPartnership + "/members/invite", genuine, Map.of());
    signInAgain(victimsBrowser, victim);

    assertThat(victimsBrowser.get("/resume").headers().firstValue("Location").orElseThrow())
        .endsWith("/partnerships");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM invitation WHERE email = 'attacker@evil.example'",
                Long.class))
        .isZero();
  }

  private static String signInAgain(SiteVisitor visitor, Account account) {
    return visitor
        .submitForm(
            "/sign-in",
            "main form",
            Map.of("email", account.email(), "password", TestUsers.PASSWORD))
        .headers()
        .firstValue("Location")
        .orElseThrow();
  }

  private void expireEverySession() {
    jdbc.update("DELETE FROM spring_session");
  }
}

package uk.missingchildren.response.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestOidcServer;
import uk.missingchildren.response.support.TestUsers;

/**
 * Signing in with an organisation's account against a real OpenID Connect provider started here
 * (Spring Authorization Server, insisting on PKCE), and a second provider that is down.
 */
class SingleSignOnIntegrationTest extends IntegrationTest {

  private static final TestOidcServer PROVIDER = TestOidcServer.start();

  @Autowired TestUsers users;
  @Autowired Accounts accounts;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void providers(DynamicPropertyRegistry registry) {
    PROVIDER.configureTheService(registry, "northshire.gov.uk, @Northshire.Police.uk");
  }

  @AfterAll
  static void stopProvider() {
    PROVIDER.close();
  }

  @BeforeEach
  void registerTheServiceAtTheProvider() {
    PROVIDER.allowRedirectTo(url("/login/oauth2/code/organisation"));
  }

  @Test
  void
      theFirstSignInMakesTheAccount_andLandsInTheInvitedPartnership_andTheNextFindsTheSameAccount() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Nia Coordinator"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(coordinator, "Northshire MSET");
    String email = "sam.sso." + UUID.randomUUID().toString().substring(0, 6) + "@northshire.gov.uk";
    coordinator.submitForm(
        "/partnerships/" + partnershipId + "/members/invite",
        "main form",
        Map.of("email", email, "role", "MEMBER"));
    String invitation =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/members").body())
            .select("#invitation-link-value")
            .val();
    String person = PROVIDER.person(email.toUpperCase(), true, "Sam Single");

    SiteVisitor browser = new SiteVisitor(url(""));
    Document invited = Jsoup.parse(browser.get(ProviderSignIn.path(invitation)).body());
    assertThat(invited.select("a[href='/sign-in/with/organisation']").text())
        .isEqualTo("Sign in with Northshire");
    HttpResponse<String> back = ProviderSignIn.signIn(browser, url(""), PROVIDER, person);
    assertThat(ProviderSignIn.location(back))
        .as("back to the invitation after signing in")
        .isEqualTo(ProviderSignIn.path(invitation) + "?continue");
    HttpResponse<String> joined =
        browser.submitForm(ProviderSignIn.path(invitation), "form[action$=/accept]", Map.of());
    assertThat(ProviderSignIn.location(joined))
        .isEqualTo("/partnerships/" + partnershipId + "?joined");
    assertThat(browser.get("/partnerships/" + partnershipId).statusCode()).isEqualTo(200);

    Account made = accounts.findByEmail(email).orElseThrow();
    assertThat(made.displayName()).isEqualTo("Sam Single");
    assertThat(made.passwordHash()).as("no password").isNull();
    assertThat(made.emailVerified()).as("no confirmation email needed").isTrue();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM email_message WHERE recipient = ?", Long.class, email))
        .as("the invitation only: nothing was emailed to confirm the address")
        .isEqualTo(1);

    SiteVisitor again = new SiteVisitor(url(""));
    HttpResponse<String> second = ProviderSignIn.signIn(again, url(""), PROVIDER, person);
    assertThat(ProviderSignIn.location(second)).isEqualTo("/partnerships/after-sign-in");
    assertThat(accounts.findAll().stream().filter(a -> a.email().equals(email))).hasSize(1);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM sso_identity WHERE account_id = ?", Long.class, made.id()))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForList(
                "SELECT action FROM audit_event WHERE actor_id = ? ORDER BY id",
                String.class,
                made.id()))
        .containsSubsequence(
            "ACCOUNT_CREATED_BY_SSO", "SIGNED_IN", "INVITATION_ACCEPTED", "SIGNED_IN");
  }

  @Test
  void anAccountWithoutAPassword_isDeletedByTypingItsAddress() {
    String email = "dee." + UUID.randomUUID().toString().substring(0, 6) + "@northshire.gov.uk";
    String person = PROVIDER.person(email, true, "Dee Delete");
    SiteVisitor browser = new SiteVisitor(url(""));
    ProviderSignIn.signIn(browser, url(""), PROVIDER, person);

    Document page = Jsoup.parse(browser.get("/account/delete").body());
    assertThat(page.select("label[for=password]").text())
        .isEqualTo("Type your email address to confirm");
    HttpResponse<String> wrong =
        browser.submitForm(
            page, "form[action=/account/delete]", Map.of("password", "someone@else.org"));
    assertThat(Jsoup.parse(wrong.body()).select(".govuk-error-summary a").text())
        .isEqualTo(
            "Type the email address of this account, exactly as it is shown in Your account");
    HttpResponse<String> deleted =
        browser.submitForm(
            "/account/delete",
            "form[action=/account/delete]",
            Map.of("password", email.toUpperCase()));
    assertThat(ProviderSignIn.location(deleted)).isEqualTo("/sign-in?account-deleted");
    assertThat(accounts.findByEmail(email)).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM sso_identity WHERE subject = ?", Long.class, person))
        .isZero();
  }

  @Test
  void anAddressOutsideTheAllowedDomains_isRefusedWithAPageThatSaysWhy() {
    String person = PROVIDER.person("gil@gmail.com", true, "Gil Gmail");
    SiteVisitor browser = new SiteVisitor(url(""));
    HttpResponse<String> back = ProviderSignIn.signIn(browser, url(""), PROVIDER, person);
    assertThat(ProviderSignIn.location(back)).isEqualTo("/sign-in/problem");
    Document page = Jsoup.parse(browser.get("/sign-in/problem").body());
    assertThat(page.select("h1").text()).isEqualTo("You cannot sign in with this account");
    assertThat(page.select("#problem-explained").text())
        .isEqualTo(
            "Your organisation's account has an address ending @gmail.com. This service only"
                + " accepts organisation accounts with addresses ending @northshire.gov.uk,"
                + " @northshire.police.uk.");
    assertThat(accounts.findByEmail("gil@gmail.com")).isEmpty();
    assertThat(browser.get("/account").headers().firstValue("Location").orElse(""))
        .endsWith("/sign-in");
  }

  @Test
  void anUnverifiedEmailClaim_isRefused() {
    String email = "una." + UUID.randomUUID().toString().substring(0, 6) + "@northshire.police.uk";
    String person = PROVIDER.person(email, false, "Una Unverified");
    SiteVisitor browser = new SiteVisitor(url(""));
    HttpResponse<String> back = ProviderSignIn.signIn(browser, url(""), PROVIDER, person);
    assertThat(ProviderSignIn.location(back)).isEqualTo("/sign-in/problem");
    assertThat(Jsoup.parse(browser.get("/sign-in/problem").body()).select("h1").text())
        .isEqualTo("Your organisation has not confirmed your email address");
    assertThat(accounts.findByEmail(email)).isEmpty();
  }

  @Test
  void aPasswordAccountWithTheAddress_isLinkedOnlyOnceItsPasswordIsGiven() {
    Account existing = users.givenAccount("Pat Password");
    String email = existing.email().replace("@example.org", "@northshire.gov.uk");
    jdbc.update("UPDATE account SET email = ? WHERE id = ?", email, existing.id());
    String person = PROVIDER.person(email, true, "Pat Password");

    SiteVisitor browser = new SiteVisitor(url(""));
    HttpResponse<String> back = ProviderSignIn.signIn(browser, url(""), PROVIDER, person);
    assertThat(ProviderSignIn.location(back)).isEqualTo("/sign-in/link-account");
    assertThat(browser.get("/account").headers().firstValue("Location").orElse(""))
        .as("not signed in before the password is given")
        .endsWith("/sign-in");
    Document link = Jsoup.parse(browser.get("/sign-in/link-account").body());
    assertThat(link.select("#link-explained").text())
        .isEqualTo(
            "You already have an account with "
                + email
                + ". Enter its password to use \"Sign in with Northshire\" from now on.");

    HttpResponse<String> wrong =
        browser.submitForm(link, "main form", Map.of("password", "not the password at all"));
    assertThat(Jsoup.parse(wrong.body()).select(".govuk-error-summary a").text())
        .isEqualTo(
            "The password is not right. Enter the password you use to sign in to this service");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM sso_identity WHERE account_id = ?",
                Long.class,
                existing.id()))
        .isZero();

    HttpResponse<String> linked =
        browser.submitForm(
            "/sign-in/link-account", "main form", Map.of("password", TestUsers.PASSWORD));
    assertThat(ProviderSignIn.location(linked)).isEqualTo("/account?continue");
    assertThat(browser.get("/account").statusCode()).isEqualTo(200);

    SiteVisitor later = new SiteVisitor(url(""));
    assertThat(ProviderSignIn.location(ProviderSignIn.signIn(later, url(""), PROVIDER, person)))
        .as("linked: no password asked the next time")
        .isEqualTo("/partnerships/after-sign-in");
    assertThat(accounts.findById(existing.id()).orElseThrow().passwordHash())
        .as("the password still works too")
        .isNotNull();
  }

  @Test
  void aProviderThatIsDown_getsAPageSayingSo_andTheSignInPageOffersBothButtons() {
    SiteVisitor browser = new SiteVisitor(url(""));
    Document signIn = Jsoup.parse(browser.get("/sign-in").body());
    assertThat(signIn.select(".app-sign-in-providers a").eachText())
        .containsExactly("Sign in with Northshire", "Sign in with Elsewhere");

    HttpResponse<String> down = browser.get("/sign-in/with/down");
    assertThat(down.statusCode()).isEqualTo(503);
    Document page = Jsoup.parse(down.body());
    assertThat(page.select("h1").text())
        .isEqualTo("Sign in with Elsewhere is not working at the moment");
    assertThat(page.select("a.govuk-button").attr("href")).isEqualTo("/sign-in");
    assertThat(browser.get("/sign-in/with/nobody").statusCode()).isEqualTo(404);
  }

  @Test
  void theStateIsChecked_aCallbackNotStartedInThisBrowserSignsNobodyIn() {
    SiteVisitor browser = new SiteVisitor(url(""));
    HttpResponse<String> forged =
        browser.get("/login/oauth2/code/organisation?code=made-up&state=made-up");
    assertThat(ProviderSignIn.location(forged)).isEqualTo("/sign-in/problem");
    assertThat(Jsoup.parse(browser.get("/sign-in/problem").body()).select("h1").text())
        .isEqualTo("We could not sign you in with Sign in with Northshire");
    assertThat(browser.get("/account").headers().firstValue("Location").orElse(""))
        .endsWith("/sign-in");
  }
}

package uk.missingchildren.response.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * Someone who is not signed in costs the service no session and no database write: not for reading
 * any public page, not for switching Low Vision Mode, not for a failed sign-in. The pages that are
 * the same for everyone are served from memory, byte for byte as drawn.
 */
class AnonymousVisitorsIntegrationTest extends IntegrationTest {

  private static final List<String> PUBLIC_PAGES =
      List.of(
          "/",
          "/information-sheet",
          "/resources",
          "/accessibility",
          "/privacy",
          "/cookies",
          "/checklists",
          "/checklists/sources",
          "/checklists/return-home-interviews",
          "/sign-in",
          "/register",
          "/forgotten-password",
          "/no-such-page");

  @Autowired JdbcTemplate jdbc;

  @Test
  void visitingEveryPublicPage_twiceInEachDisplayMode_createsNoSession() {
    long before = sessionRows();
    SiteVisitor visitor = new SiteVisitor(url(""));

    for (int round = 0; round < 2; round++) {
      for (String page : PUBLIC_PAGES) {
        HttpResponse<String> response = visitor.get(page);
        assertThat(response.headers().allValues("Set-Cookie"))
            .as(page)
            .noneMatch(c -> c.startsWith("SESSION="));
      }
      switchDisplayMode(visitor);
    }

    assertThat(visitor.cookie("SESSION")).isNull();
    assertThat(sessionRows()).isEqualTo(before);
  }

  @Test
  void switchingDisplayMode_andAFailedSignIn_showTheirMessages_withoutASession() {
    long before = sessionRows();
    SiteVisitor visitor = new SiteVisitor(url(""));

    HttpResponse<String> switched = switchDisplayMode(visitor);
    Document page =
        Jsoup.parse(visitor.get(switched.headers().firstValue("Location").orElseThrow()).body());
    assertThat(page.select(".govuk-notification-banner").text()).contains("Low Vision Mode is on");
    assertThat(Jsoup.parse(visitor.get("/").body()).select(".govuk-notification-banner"))
        .as("shown once")
        .isEmpty();

    assertThat(
            visitor.signInError(
                "anonymous." + System.nanoTime() + "@example.org", "not the password"))
        .startsWith("Enter a correct email address");
    assertThat(sessionRows()).isEqualTo(before);
  }

  @Test
  void aPublicPage_isServedFromMemory_exactlyAsDrawn_inEachDisplayMode() {
    SiteVisitor standard = new SiteVisitor(url(""));
    HttpResponse<String> first = standard.get("/information-sheet");
    HttpResponse<String> second = new SiteVisitor(url("")).get("/information-sheet");
    SiteVisitor lowVision = new SiteVisitor(url(""));
    switchDisplayMode(lowVision);
    lowVision.get("/");
    HttpResponse<String> inLowVision = lowVision.get("/information-sheet");

    assertThat(second.body()).isEqualTo(first.body());
    assertThat(second.headers().firstValue("Content-Security-Policy"))
        .isEqualTo(first.headers().firstValue("Content-Security-Policy"))
        .isPresent();
    assertThat(second.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
    assertThat(second.headers().allValues("Content-Security-Policy")).hasSize(1);
    assertThat(Jsoup.parse(inLowVision.body()).selectFirst("html").hasClass("app-low-vision"))
        .isTrue();
    assertThat(Jsoup.parse(second.body()).selectFirst("html").hasClass("app-low-vision")).isFalse();
  }

  @Test
  void theDisplayModeSwitch_refusesARequestFromAnotherSite_orOneThatDoesNotSayWhereItCameFrom() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    Map<String, String> fields =
        FormFields.of(Jsoup.parse(visitor.get("/").body()), "form.app-display-mode");

    HttpResponse<String> fromElsewhere =
        visitor.post(
            "/display-mode",
            fields,
            Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
    HttpResponse<String> saysNothing =
        visitor.post("/display-mode", fields, Map.of("Origin", "null"));

    assertThat(fromElsewhere.statusCode()).isEqualTo(403);
    assertThat(saysNothing.statusCode()).isEqualTo(403);
    assertThat(visitor.cookie("display_mode")).isNull();
  }

  private static HttpResponse<String> switchDisplayMode(SiteVisitor visitor) {
    HttpResponse<String> switched = visitor.submitForm("/", "form.app-display-mode", Map.of());
    assertThat(switched.statusCode()).isEqualTo(302);
    return switched;
  }

  private long sessionRows() {
    return jdbc.queryForObject("SELECT COUNT(*) FROM spring_session", Long.class);
  }
}

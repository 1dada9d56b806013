package uk.missingchildren.response.displaymode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class DisplayModeIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;

  /**
   * The browser journeys scan each page in the mode they were not walked in by switching the page's
   * class (JourneyBrowserTest), which is only sound while that class is all that differs.
   */
  @Test
  void lowVisionMode_drawsEveryPageTheSame_apartFromItsClassAndTheSwitch() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Dee Display"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(visitor, "Display Partnership");
    String benchmark = BenchmarkMeetings.start(visitor, partnershipId, LocalDate.of(2026, 11, 2));
    List<String> pages =
        List.of(
            "/resources",
            "/partnerships/" + partnershipId,
            benchmark + "/questions/Q03",
            benchmark + "/attendees");
    List<String> standard = pages.stream().map(page -> comparable(visitor.get(page))).toList();

    visitor.submitForm("/resources", "form[action=/display-mode]", Map.of());
    visitor.get("/resources");
    List<String> lowVision = pages.stream().map(page -> comparable(visitor.get(page))).toList();

    for (int i = 0; i < pages.size(); i++) {
      assertThat(lowVision.get(i)).as(pages.get(i)).isEqualTo(standard.get(i));
    }
  }

  /**
   * The page without what is drawn afresh on every request (tokens, nonces) and without what the
   * display mode is allowed to change.
   */
  private static String comparable(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    page.selectFirst("html").removeClass("app-low-vision");
    page.select("form[action=/display-mode] button").empty();
    page.select("input[type=hidden]").removeAttr("value");
    page.select("[nonce]").removeAttr("nonce");
    page.select("meta[name*=csrf]").removeAttr("content");
    page.select("[data-csrf-token]").removeAttr("data-csrf-token");
    return page.outerHtml();
  }

  @Test
  void turningLowVisionOn_returnsToTheSamePage_announcesIt_andRemembersItForAYear() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    HttpResponse<String> switched =
        visitor.submitForm("/resources", "form[action=/display-mode]", Map.of());

    assertThat(switched.statusCode()).isEqualTo(302);
    assertThat(switched.headers().firstValue("Location").orElseThrow()).endsWith("/resources");
    String cookie =
        switched.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("display_mode="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie)
        .contains("display_mode=low-vision", "Max-Age=31536000", "HttpOnly", "SameSite=Lax");

    Document page = Jsoup.parse(visitor.get("/resources").body());
    assertThat(page.selectFirst("html").hasClass("app-low-vision")).isTrue();
    assertThat(page.select(".govuk-notification-banner[role=alert]").text())
        .contains("Low Vision Mode is on");
    assertThat(page.select("form[action=/display-mode] button").text())
        .isEqualTo("Turn off Low Vision Mode");
  }

  @Test
  void lowVisionMode_persistsOnOtherPages_withoutAnnouncingItAgain() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.submitForm("/", "form[action=/display-mode]", Map.of());
    visitor.get("/");

    Document other = Jsoup.parse(visitor.get("/cookies").body());

    assertThat(other.selectFirst("html").hasClass("app-low-vision")).isTrue();
    assertThat(other.select(".govuk-notification-banner")).isEmpty();
  }

  @Test
  void turningLowVisionOff_restoresTheStandardDisplay() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.submitForm("/", "form[action=/display-mode]", Map.of());
    visitor.get("/");

    visitor.submitForm("/", "form[action=/display-mode]", Map.of());
    Document page = Jsoup.parse(visitor.get("/").body());

    assertThat(visitor.cookie("display_mode")).isEqualTo("standard");
    assertThat(page.selectFirst("html").hasClass("app-low-vision")).isFalse();
    assertThat(page.select(".govuk-notification-banner").text()).contains("Low Vision Mode is off");
  }

  @Test
  void theSwitch_neverRedirectsToAnotherSite() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    for (String target :
        new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
      HttpResponse<String> response =
          visitor.submitForm("/", "form[action=/display-mode]", Map.of("returnTo", target));
      assertThat(response.headers().firstValue("Location").orElseThrow()).as(target).isEqualTo("/");
    }
  }
}

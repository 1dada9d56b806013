package uk.missingchildren.response.displaymode;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

class DisplayModeIntegrationTest extends IntegrationTest {

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

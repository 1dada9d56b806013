package uk.missingchildren.response.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
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

/**
 * The presenter view as plain forms and pages, without JavaScript: one button on a question enters
 * it, the page then draws the slim bar instead of the site's header, one button in the bar leaves
 * it, and pages outside a meeting ignore it.
 */
class PresenterViewIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;

  @Test
  void oneButtonEntersAndOneLeaves_andPagesOutsideAMeetingIgnoreIt() {
    SiteVisitor facilitator = users.signedIn(url(""), users.givenAccount("Pia Plain"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Plain Presenter");
    String question =
        BenchmarkMeetings.start(facilitator, partnershipId, LocalDate.of(2027, 4, 5))
            + "/questions/Q10";

    Document before = page(facilitator, question);
    assertThat(before.select("html").hasClass("app-presenter")).isFalse();
    assertThat(before.select(".app-presenter-enter button").text())
        .isEqualTo("Show in presenter view");

    HttpResponse<String> entered = facilitator.submitForm(before, ".app-presenter-enter", Map.of());
    assertThat(entered.statusCode()).isEqualTo(302);
    assertThat(entered.headers().firstValue("Location").orElseThrow()).endsWith(question);
    assertThat(facilitator.cookie("presenter_view")).isEqualTo("on");
    assertThat(page(facilitator, "/cookies").select("table").text())
        .as("the cookies page names it")
        .contains("presenter_view");

    Document presenting = page(facilitator, question);
    assertThat(presenting.select("html").hasClass("app-presenter")).isTrue();
    assertThat(presenting.select(".govuk-header, .govuk-service-navigation, .app-presenter-enter"))
        .isEmpty();
    assertThat(presenting.select(".app-presenter-bar").text())
        .contains("Plain Presenter", "Stage one meeting, 5 April 2027", "Question 10 of 26");
    assertThat(presenting.select(".app-presenter-bar .app-display-mode button").text())
        .as("Low Vision Mode can still be switched")
        .isEqualTo("Turn on Low Vision Mode");
    assertThat(presenting.select("#answer-form input[name=answer]")).hasSizeGreaterThan(3);
    assertThat(presenting.select("#presenter-keys").hasAttr("hidden"))
        .as("no shortcuts to list without JavaScript")
        .isTrue();

    Document home = page(facilitator, "/partnerships/" + partnershipId);
    assertThat(home.select("html").hasClass("app-presenter")).isFalse();
    assertThat(home.select(".govuk-header")).hasSize(1);

    HttpResponse<String> left =
        facilitator.submitForm(presenting, ".app-presenter-bar form.app-inline-form", Map.of());
    assertThat(left.headers().firstValue("Location").orElseThrow()).endsWith(question);
    assertThat(page(facilitator, question).select("html").hasClass("app-presenter")).isFalse();
  }

  @Test
  void theFacilitatorSetsHowLongTheMeetingHas_andTheBarShowsTheMinutesUsed() {
    SiteVisitor facilitator = users.signedIn(url(""), users.givenAccount("Pace Setter"));
    UUID partnershipId = BenchmarkMeetings.givenPartnership(facilitator, "Paced Partnership");
    String benchmark =
        BenchmarkMeetings.start(facilitator, partnershipId, LocalDate.of(2027, 4, 6));
    String question = benchmark + "/questions/Q03";
    facilitator.submitForm(page(facilitator, question), ".app-presenter-enter", Map.of());
    Document presenting = page(facilitator, question);
    assertThat(presenting.select(".app-presenter-bar__pace")).isEmpty();
    String set = presenting.select(".app-presenter-pace-link a").attr("href");
    assertThat(presenting.select(".app-presenter-pace-link a").text())
        .isEqualTo("Set how long the meeting has");

    Document form = page(facilitator, set);
    for (Map.Entry<String, String> wrong :
        Map.of(
                "",
                "Enter how many minutes the meeting has, as a whole number",
                "an hour",
                "Enter how many minutes the meeting has, as a whole number",
                "5",
                "The meeting must have between 10 and 480 minutes")
            .entrySet()) {
      HttpResponse<String> refused =
          facilitator.submitForm(form, "#pace", Map.of("minutes", wrong.getKey()));
      Document again = Jsoup.parse(refused.body());
      assertThat(refused.statusCode()).isEqualTo(200);
      assertThat(again.select(".govuk-error-summary a").eachText())
          .as("'%s'", wrong.getKey())
          .containsExactly(wrong.getValue());
      assertThat(again.select("#minutes").val()).isEqualTo(wrong.getKey());
    }

    HttpResponse<String> planned = facilitator.submitForm(form, "#pace", Map.of("minutes", "90"));
    assertThat(planned.headers().firstValue("Location").orElseThrow()).endsWith(question);
    assertThat(page(facilitator, question).select(".app-presenter-bar__pace").text())
        .isEqualTo("0 of 90 minutes");

    SiteVisitor stranger = users.signedIn(url(""), users.givenAccount("Pace Stranger"));
    assertThat(stranger.get(benchmark + "/pace").statusCode()).isEqualTo(404);
  }

  private Document page(SiteVisitor visitor, String path) {
    HttpResponse<String> response = visitor.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }
}

package uk.missingchildren.response.nationalpicture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The national picture from partnerships that agreed to be counted: nothing for 4, a spread for 5
 * with small figures hidden, and unchanged when one more joins (so the difference shows nothing).
 */
class NationalPictureIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  private record Counted(SiteVisitor coordinator, UUID partnershipId) {}

  @Test
  void fourShowNothing_fiveShowASpread_andOneMoreChangesNothing() {
    List<Counted> counted = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      // Q10 and Q11 (return home interviews): one partnership answers "No" to both.
      Counted partnership = partnership("Counted " + i, i == 1 ? "no" : "yes");
      count(partnership);
      counted.add(partnership);
    }
    Counted fifth = partnership("Counted 5", "yes");
    Document beforeFive = page(counted.get(0));
    assertThat(beforeFive.select("#no-picture").text())
        .startsWith("There is no national picture yet");

    counted.add(fifth);
    count(fifth);
    Document picture = page(counted.get(1));
    assertThat(picture.select("#picture-summary").text()).startsWith("Counts 5 partnerships");
    assertThat(picture.select("#national-T01").text())
        .as("every partnership Strong: a figure of 5")
        .contains("Strong 5");
    String interviews = picture.select("#national-T05").text();
    assertThat(interviews)
        .as("4 and 1: both hidden, and no lone hidden figure")
        .doesNotContain("Strong 4")
        .contains("not shown");
    assertThat(interviews).as("where this partnership sits").contains("Strong");
    assertThat(picture.select("#national-picture").text())
        .as("no partnership named")
        .doesNotContain("Counted");

    Counted sixth = partnership("Counted 6", "no");
    count(sixth);
    assertThat(page(sixth).select("#picture-summary").text())
        .as("one partnership joining changes nothing, so comparing the two shows nothing")
        .startsWith("Counts 5 partnerships");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM national_picture", Long.class))
        .isEqualTo(1);

    // Republishing once 5 partnerships have changed is checked in DisclosureTest (Refresh).

    SiteVisitor member =
        users.signedIn(url(""), users.givenMember(sixth.partnershipId(), "Mia Member"));
    assertThat(
            member
                .post(
                    "/partnerships/" + sixth.partnershipId() + "/national-picture/counting",
                    Map.of("counted", "no"))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> noChoice =
        counted
            .get(0)
            .coordinator()
            .submitForm(
                "/partnerships/" + counted.get(0).partnershipId() + "/national-picture",
                "form[action$=/counting]",
                Map.of());
    assertThat(Jsoup.parse(noChoice.body()).select(".govuk-error-summary a").text())
        .isEqualTo("Select whether your partnership should be counted");
  }

  private Counted partnership(String name, String interviews) {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount(name + " Coordinator"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            coordinator, name, Map.of("Q10", interviews, "Q11", interviews));
    return new Counted(coordinator, UUID.fromString(benchmark.split("/")[2]));
  }

  private static void count(Counted counted) {
    HttpResponse<String> saved =
        counted
            .coordinator()
            .submitForm(
                "/partnerships/" + counted.partnershipId() + "/national-picture",
                "form[action$=/counting]",
                Map.of("counted", "yes"));
    assertThat(saved.headers().firstValue("Location"))
        .hasValue("/partnerships/" + counted.partnershipId() + "/national-picture");
  }

  private Document page(Counted counted) {
    return Jsoup.parse(
        counted
            .coordinator()
            .get("/partnerships/" + counted.partnershipId() + "/national-picture")
            .body());
  }
}

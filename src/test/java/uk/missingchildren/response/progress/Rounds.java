package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * Rounds to compare, run through the real pages: a submitted benchmark, a completed checklist
 * round.
 */
final class Rounds {

  private Rounds() {}

  /**
   * A benchmark answered "yes" to every question except those in {@code answers}, then submitted.
   */
  static UUID givenSubmittedBenchmark(
      SiteVisitor visitor, UUID partnershipId, LocalDate date, Map<String, String> answers) {
    String path = BenchmarkMeetings.start(visitor, partnershipId, date);
    BenchmarkMeetings.answerAll(visitor, path, answers);
    assertThat(BenchmarkMeetings.submit(visitor, path).statusCode()).isEqualTo(302);
    return BenchmarkMeetings.benchmarkId(path);
  }

  /**
   * A round of one area's checklist, started blank or from the "last" round, with each of {@code
   * ratings} (item id, section slug, extent, impact) saved, then completed.
   */
  static UUID givenCompletedReview(
      SiteVisitor visitor,
      UUID partnershipId,
      String area,
      LocalDate date,
      String startFrom,
      String[][] ratings) {
    String path = ChecklistMeetings.start(visitor, partnershipId, area, date, startFrom);
    for (String[] rating : ratings) {
      HttpResponse<String> saved =
          ChecklistMeetings.rate(
              visitor,
              path,
              rating[1],
              rating[0],
              rating[2],
              rating[3],
              "not_applicable".equals(rating[2])
                  ? "No children from other areas are placed here"
                  : null,
              "Evidence");
      assertThat(saved.statusCode()).as(rating[0]).isEqualTo(302);
    }
    assertThat(visitor.submitForm(path + "/complete", "#complete-review", Map.of()).statusCode())
        .isEqualTo(302);
    return ChecklistMeetings.reviewId(path);
  }
}

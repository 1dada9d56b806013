package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import uk.missingchildren.response.benchmark.StageOneResults;
import uk.missingchildren.response.benchmark.StageOneResults.AreaResult;
import uk.missingchildren.response.benchmark.StageOneResults.QuestionResult;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkLoader;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.progress.StageOneComparison.AreaChange;
import uk.missingchildren.response.progress.StageOneComparison.QuestionChange;

/**
 * Comparing two benchmarks on hand-worked examples, with the published framework's answer scale and
 * rating bands: answers become a score, the score and the "don't know" rule a rating, and the two
 * ratings' places in the framework's order say whether the area improved.
 */
class StageOneComparisonTest {

  private static final Framework FRAMEWORK = load();

  @Test
  void anAreaMovingUpABand_improved_andDownABand_gotWorse() {
    // T02: Partly + No = 1 of 4 points, 25%: Priority. Yes + Partly = 3 of 4, 75%: Developing.
    // T07: Yes x3 = 6 of 6, 100%: Strong. Yes + Partly + No = 3 of 6, 50%: Developing.
    StageOneComparison comparison =
        compare(
            Map.of("T02", List.of("partly", "no"), "T07", List.of("yes", "yes", "yes")),
            Map.of("T02", List.of("yes", "partly"), "T07", List.of("yes", "partly", "no")));

    assertThat(area(comparison, "T02"))
        .satisfies(
            area -> {
              assertThat(area.before().band().label()).isEqualTo("Priority for improvement");
              assertThat(area.before().percent()).isEqualTo(25);
              assertThat(area.after().band().label()).isEqualTo("Developing");
              assertThat(area.after().percent()).isEqualTo(75);
              assertThat(area.direction()).isEqualTo(Direction.IMPROVED);
            });
    assertThat(area(comparison, "T07"))
        .satisfies(
            area -> {
              assertThat(area.before().band().label()).isEqualTo("Strong");
              assertThat(area.after().band().label()).isEqualTo("Developing");
              assertThat(area.direction()).isEqualTo(Direction.WORSE);
            });
  }

  @Test
  void aDontKnowAnswer_keepsAnAreaOutOfStrong_soTheRatingGetsWorse() {
    // T01: Yes, Yes, Partly = 5 of 6, 83%: Strong. Yes, Yes, Don't know = 4 of 6, 67%, and a
    // "don't know", which Strong does not allow: Developing (the framework's worked example).
    StageOneComparison comparison =
        compare(
            Map.of("T01", List.of("yes", "yes", "partly")),
            Map.of("T01", List.of("yes", "yes", "dont_know")));

    AreaChange area = area(comparison, "T01");
    assertThat(area.before().band().id()).isEqualTo("strong");
    assertThat(area.after().band().id()).isEqualTo("developing");
    assertThat(area.after().unknown()).isEqualTo(1);
    assertThat(area.direction()).isEqualTo(Direction.WORSE);
    assertThat(area.changedAnswers())
        .extracting(change -> change.question().id())
        .containsExactly("Q03");
    assertThat(area.changedAnswers().get(0).direction())
        .as("Partly (1 point) to Don't know (none)")
        .isEqualTo(Direction.WORSE);
  }

  @Test
  void
      movingFromDontKnowToAnswers_improves_whileNoBecomingDontKnow_isTheSameRatingAndTheSamePoints() {
    // T03: Don't know x2 = 0%: Priority; Partly x2 = 50%: Developing.
    // T08: No x2 = 0%: Priority; Don't know x2 = 0%: Priority. The answers changed, the points did
    // not.
    StageOneComparison comparison =
        compare(
            Map.of("T03", List.of("dont_know", "dont_know"), "T08", List.of("no", "no")),
            Map.of("T03", List.of("partly", "partly"), "T08", List.of("dont_know", "dont_know")));

    assertThat(area(comparison, "T03").direction()).isEqualTo(Direction.IMPROVED);
    AreaChange t08 = area(comparison, "T08");
    assertThat(t08.direction()).isEqualTo(Direction.SAME);
    assertThat(t08.changedAnswers())
        .hasSize(2)
        .allSatisfy(
            change -> {
              assertThat(change.before().label()).isEqualTo("No");
              assertThat(change.after().label()).isEqualTo("Don't know");
              assertThat(change.direction()).isEqualTo(Direction.SAME);
            });
  }

  @Test
  void aLowerScoreWithinTheSameBand_isTheSameRating() {
    // T04: Yes + Partly = 75%; Partly + Partly = 50%. Both Developing.
    StageOneComparison comparison =
        compare(
            Map.of("T04", List.of("yes", "partly")), Map.of("T04", List.of("partly", "partly")));

    AreaChange area = area(comparison, "T04");
    assertThat(area.before().percent()).isEqualTo(75);
    assertThat(area.after().percent()).isEqualTo(50);
    assertThat(area.direction()).isEqualTo(Direction.SAME);
    assertThat(area.changedAnswers())
        .extracting(QuestionChange::direction)
        .containsExactly(Direction.WORSE);
  }

  @Test
  void theCounts_coverEveryArea_once() {
    StageOneComparison comparison =
        compare(
            Map.of(
                "T01",
                List.of("yes", "yes", "partly"),
                "T02",
                List.of("partly", "no"),
                "T03",
                List.of("dont_know", "dont_know"),
                "T04",
                List.of("yes", "partly"),
                "T07",
                List.of("yes", "yes", "yes"),
                "T08",
                List.of("no", "no")),
            Map.of(
                "T01",
                List.of("yes", "yes", "dont_know"),
                "T02",
                List.of("yes", "partly"),
                "T03",
                List.of("partly", "partly"),
                "T04",
                List.of("partly", "partly"),
                "T07",
                List.of("yes", "partly", "no"),
                "T08",
                List.of("dont_know", "dont_know")));

    assertThat(comparison.areas()).hasSize(12);
    assertThat(comparison.improved()).isEqualTo(2);
    assertThat(comparison.worse()).isEqualTo(2);
    assertThat(comparison.same()).isEqualTo(8);
    assertThat(comparison.notCompared()).isZero();
    // Every other area was answered "Yes" throughout: Strong both times, no answer changed.
    assertThat(area(comparison, "T12").changedAnswers()).isEmpty();
  }

  @Test
  void anAreaMissingFromOneRound_isNotCompared() {
    StageOneResults full = results(Map.of());
    StageOneResults withoutT12 =
        new StageOneResults(
            full.areas().stream().filter(a -> !a.theme().id().equals("T12")).toList(),
            List.of(),
            FRAMEWORK.stageOne());

    StageOneComparison comparison =
        StageOneComparison.between(withoutT12, full, FRAMEWORK.stageOne().bands());

    assertThat(area(comparison, "T12").direction()).isEqualTo(Direction.NOT_COMPARED);
    assertThat(area(comparison, "T12").before()).isNull();
    assertThat(comparison.notCompared()).isEqualTo(1);
  }

  private static StageOneComparison compare(
      Map<String, List<String>> before, Map<String, List<String>> after) {
    return StageOneComparison.between(
        results(before), results(after), FRAMEWORK.stageOne().bands());
  }

  /** Every area answered: as given for the areas named, "yes" to every question of the others. */
  private static StageOneResults results(Map<String, List<String>> answersByArea) {
    List<AreaResult> areas =
        FRAMEWORK.themes().stream().map(theme -> area(theme, answersByArea)).toList();
    return new StageOneResults(areas, List.of(), FRAMEWORK.stageOne());
  }

  private static AreaResult area(Theme theme, Map<String, List<String>> answersByArea) {
    List<Question> questions = theme.questions();
    List<String> answers =
        answersByArea.getOrDefault(theme.id(), questions.stream().map(q -> "yes").toList());
    assertThat(answers).as(theme.id() + " has one answer per question").hasSameSizeAs(questions);
    Map<String, String> byQuestion = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      byQuestion.put(questions.get(i).id(), answers.get(i));
    }
    List<QuestionResult> results =
        questions.stream()
            .map(
                q ->
                    new QuestionResult(
                        q, FRAMEWORK.stageOne().answer(byQuestion.get(q.id())).orElseThrow(), null))
            .toList();
    return new AreaResult(theme, FRAMEWORK.stageOne().rate(answers), results);
  }

  private static AreaChange area(StageOneComparison comparison, String themeId) {
    return comparison.areas().stream()
        .filter(a -> a.theme().id().equals(themeId))
        .findFirst()
        .orElseThrow();
  }

  private static Framework load() {
    FrameworkLoader loader =
        new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");
    // 2026.1's rating rules, which the rounds partnerships answered against it keep.
    return loader.load("2026.1");
  }
}

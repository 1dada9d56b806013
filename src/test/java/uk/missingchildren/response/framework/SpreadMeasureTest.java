package uk.missingchildren.response.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import uk.missingchildren.response.framework.SpreadMeasure.Spread;

class SpreadMeasureTest {

  private final FrameworkLoader published =
      new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");

  @Test
  void everyPublishedVersion_definesTheMeasure_andItsWorkedExamplesAddUp() {
    for (String version : List.of("2026.1", "2026.2")) {
      StageOneScale scale = published.load(version).stageOne();
      assertThat(scale.spread().defined()).as(version).isTrue();
      assertThat(scale.spread().workedExamples()).as(version).hasSizeGreaterThanOrEqualTo(5);
      for (SpreadMeasure.WorkedExample example : scale.spread().workedExamples()) {
        Spread spread = scale.spread().measure(scale.answers(), example.answers());
        assertThat(spread.range()).as(example.toString()).isEqualTo(example.range());
        assertThat(spread.distinct()).as(example.toString()).isEqualTo(example.distinct());
        assertThat(spread.unknown()).as(example.toString()).isEqualTo(example.unknown());
        assertThat(spread.level() == null ? null : spread.level().id())
            .as(example.toString())
            .isEqualTo(example.level());
      }
    }
  }

  @Test
  void yesPartlyAndNo_areFarApart_butYesAndTwoDontKnows_areTooFewToCompare() {
    StageOneScale scale = published.load("2026.1").stageOne();
    SpreadMeasure measure = scale.spread();

    Spread apart = measure.measure(scale.answers(), List.of("yes", "partly", "no"));
    Spread unknown = measure.measure(scale.answers(), List.of("yes", "dont_know", "dont_know"));

    assertThat(apart.level().label()).isEqualTo("Far apart");
    assertThat(apart.distinct()).isEqualTo(3);
    assertThat(unknown.range()).as("Don't know never widens the range").isZero();
    assertThat(unknown.unknown()).isEqualTo(2);
    assertThat(unknown.comparable()).isFalse();
  }

  @Test
  void widestFirst_putsTheRangeFirst_thenDistinctAnswers_thenDontKnows_thenUncomparableLast() {
    StageOneScale scale = published.load("2026.1").stageOne();
    SpreadMeasure measure = scale.spread();
    Spread sameView = measure.measure(scale.answers(), List.of("partly", "partly"));
    Spread twoApart = measure.measure(scale.answers(), List.of("yes", "no"));
    Spread twoApartThreeWays = measure.measure(scale.answers(), List.of("yes", "partly", "no"));
    Spread oneApart = measure.measure(scale.answers(), List.of("yes", "partly"));
    Spread oneApartUnknown =
        measure.measure(scale.answers(), List.of("yes", "partly", "dont_know"));
    Spread none = measure.measure(scale.answers(), List.of());

    List<Spread> ordered =
        List.of(none, sameView, oneApart, twoApart, oneApartUnknown, twoApartThreeWays).stream()
            .sorted(SpreadMeasure.widestFirst())
            .toList();

    assertThat(ordered)
        .containsExactly(twoApartThreeWays, twoApart, oneApartUnknown, oneApart, sameView, none);
  }

  @Test
  void aWorkedExampleTheArithmeticDisagreesWith_isReportedWithBothFigures() {
    StageOneScale scale = published.load("2026.1").stageOne();
    SpreadMeasure wrong =
        new SpreadMeasure(
            scale.spread().levels(),
            List.of(
                new SpreadMeasure.WorkedExample(List.of("yes", "no"), 1, 2, 0, "some_difference")));

    assertThat(wrong.disagreements(scale.answers()))
        .containsExactly(
            "spread example [yes, no]: the calculation gives range 2, 2 distinct, 0 unknown, level"
                + " far_apart, but the example says range 1, 2 distinct, 0 unknown, level"
                + " some_difference");
    assertThat(wrong.levelLabel("far_apart")).isEqualTo("Far apart");
  }
}

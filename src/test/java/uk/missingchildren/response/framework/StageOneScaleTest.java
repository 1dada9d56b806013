package uk.missingchildren.response.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.StageOneScale.Given;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;

/**
 * The stage-one arithmetic with statutory duties: an area whose statutory duty is not fully met is
 * never Strong, however well it scores, while the same answers to good-practice questions are.
 */
class StageOneScaleTest {

  private static final List<ScaleOption> ANSWERS =
      List.of(
          new ScaleOption("yes", "Yes, consistently", null, 2, false, false),
          new ScaleOption("partly", "Partly", null, 1, false, false),
          new ScaleOption("no", "No", null, 0, false, false),
          new ScaleOption("dont_know", "Don't know", null, 0, true, false));

  private static final StageOneScale WITH_DUTIES =
      new StageOneScale(
          ANSWERS,
          "",
          List.of(
              new RatingBand("strong", "Strong", "", 80, 0, false, true),
              new RatingBand("developing", "Developing", "", 50, null, true, false),
              new RatingBand("priority", "Priority for improvement", "", 0, null, true, false)),
          List.of(),
          3);

  @Test
  void partlyOnAStatutoryDuty_withYesOnTheRest_isNotStrong() {
    AreaScore score =
        WITH_DUTIES.rateAnswers(
            List.of(new Given("yes", false), new Given("yes", false), new Given("partly", true)));

    assertThat(score.percent()).isEqualTo(83);
    assertThat(score.dutiesNotMet()).isEqualTo(1);
    assertThat(score.band().id()).isEqualTo("developing");
  }

  @Test
  void theSameAnswers_toGoodPracticeQuestions_areStrong() {
    AreaScore score = WITH_DUTIES.rate(List.of("yes", "yes", "partly"));

    assertThat(score.dutiesNotMet()).isZero();
    assertThat(score.band().id()).isEqualTo("strong");
  }

  @Test
  void aStatutoryDutyAnsweredYes_leavesTheAreaStrong() {
    AreaScore score =
        WITH_DUTIES.rateAnswers(List.of(new Given("yes", true), new Given("yes", false)));

    assertThat(score.dutiesNotMet()).isZero();
    assertThat(score.band().id()).isEqualTo("strong");
  }

  @Test
  void dontKnowOnAStatutoryDuty_isADutyNotMet_andAnUnknown() {
    AreaScore score =
        WITH_DUTIES.rateAnswers(List.of(new Given("dont_know", true), new Given("yes", false)));

    assertThat(score.dutiesNotMet()).isEqualTo(1);
    assertThat(score.unknown()).isEqualTo(1);
    assertThat(score.band().id()).isEqualTo("developing");
  }

  @Test
  void aBandThatDoesNotAskForDuties_ignoresThem() {
    StageOneScale without =
        new StageOneScale(
            ANSWERS,
            "",
            List.of(
                new RatingBand("strong", "Strong", "", 80, 0, false),
                new RatingBand("priority", "Priority", "", 0, null, true)),
            List.of());

    AreaScore score =
        without.rateAnswers(
            List.of(new Given("yes", false), new Given("yes", false), new Given("partly", true)));

    assertThat(score.band().id()).isEqualTo("strong");
    assertThat(without.startWith()).isNull();
  }

  @Test
  void aWorkedExample_givesItsStatutoryAnswersAfterTheOthers() {
    StageOneScale.WorkedExample example =
        new StageOneScale.WorkedExample(List.of("yes", "yes"), List.of("partly"), 83, "developing");

    assertThat(example.given())
        .containsExactly(
            new Given("yes", false), new Given("yes", false), new Given("partly", true));
    assertThat(WITH_DUTIES.rateAnswers(example.given()).band().id()).isEqualTo("developing");
  }
}

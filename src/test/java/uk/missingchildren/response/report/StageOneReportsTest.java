package uk.missingchildren.response.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.StageOneScale;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * How the report explains each rating, including cases the published framework cannot produce (no
 * area there has enough questions to score 80% with a "don't know" answer).
 */
class StageOneReportsTest {

  private static final List<ScaleOption> ANSWERS =
      List.of(
          new ScaleOption("yes", "Yes, consistently", null, 2, false, false),
          new ScaleOption("partly", "Partly", null, 1, false, false),
          new ScaleOption("no", "No", null, 0, false, false),
          new ScaleOption("dont_know", "Don't know", null, 0, true, false));

  private final StageOneReports reports = new StageOneReports(messages(), new DisplayDates());

  @Test
  void anAreaThatScoresEnoughButHasADontKnow_isToldTheBetterRatingNeedsNone() {
    StageOneScale scale =
        scale(
            new RatingBand("strong", "Strong", "", 80, 0, false),
            new RatingBand("developing", "Developing", "", 50, null, true));

    String reason =
        reports.reason(
            scale, scale.rate(List.of("yes", "yes", "yes", "yes", "dont_know")), "Don't know");

    assertThat(reason)
        .isEqualTo(
            "It scored 80% of the points available, with one \"Don't know\" answer."
                + " Strong needs every question answered with something other than \"Don't know\".");
  }

  @Test
  void aBetterRatingThatAllowsSomeDontKnow_saysHowMany() {
    StageOneScale scale =
        scale(
            new RatingBand("good", "Good", "", 50, 1, false),
            new RatingBand("weak", "Weak", "", 0, null, true));

    String reason =
        reports.reason(
            scale, scale.rate(List.of("yes", "yes", "dont_know", "dont_know")), "Don't know");

    assertThat(reason)
        .isEqualTo(
            "It scored 50% of the points available, with 2 \"Don't know\" answers."
                + " Good allows no more than 1 \"Don't know\" answers.");
  }

  @Test
  void anAreaShortOfThePointsForTheRatingAbove_isToldWhereItStarts_andTheBestRatingNeedsNoReason() {
    StageOneScale scale =
        scale(
            new RatingBand("strong", "Strong", "", 80, 0, false),
            new RatingBand("developing", "Developing", "", 50, null, true));

    assertThat(reports.reason(scale, scale.rate(List.of("yes", "partly")), "Don't know"))
        .isEqualTo(
            "It scored 75% of the points available, with no \"Don't know\" answers. Strong starts at 80%.");
    assertThat(reports.reason(scale, scale.rate(List.of("yes", "yes")), "Don't know"))
        .isEqualTo("It scored 100% of the points available, with no \"Don't know\" answers.");
  }

  @Test
  void anAreaWithAStatutoryDutyNotFullyMet_isToldStrongNeedsItMet_howeverWellItScored() {
    StageOneScale scale =
        scale(
            new RatingBand("strong", "Strong", "", 80, 0, false, true),
            new RatingBand("developing", "Developing", "", 50, null, true, false));

    String reason =
        reports.reason(
            scale,
            scale.rateAnswers(
                List.of(
                    new StageOneScale.Given("yes", false),
                    new StageOneScale.Given("yes", false),
                    new StageOneScale.Given("partly", true))),
            "Don't know");

    assertThat(reason)
        .isEqualTo(
            "It scored 83% of the points available, with no \"Don't know\" answers."
                + " Strong needs every question about a statutory duty answered"
                + " \"Yes, consistently\", and one was not.");
  }

  @Test
  void theRatingsTable_saysWhichRatingNeedsEveryDutyMet_onlyWhenOneDoes() {
    StageOneScale withDuties =
        scale(
            new RatingBand("strong", "Strong", "", 80, 0, false, true),
            new RatingBand("developing", "Developing", "", 50, null, true, false));
    StageOneScale without =
        scale(
            new RatingBand("strong", "Strong", "", 80, 0, false),
            new RatingBand("developing", "Developing", "", 50, null, true));

    assertThat(reports.bands(withDuties))
        .extracting(StageOneReport.Band::duties)
        .containsExactly("Every one answered with the best answer", "Any answers");
    assertThat(reports.bands(without)).extracting(StageOneReport.Band::duties).containsOnlyNulls();
  }

  private static StageOneScale scale(RatingBand... bands) {
    return new StageOneScale(ANSWERS, "", List.of(bands), List.of());
  }

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages/messages", "messages/report");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}

package uk.missingchildren.response.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkLoader;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.StageTwoScales;
import uk.missingchildren.response.review.ItemRating;

/** "Better met" means the extent score went up, on the published framework's scales. */
class ReviewReportChangeTest {

  private static final FrameworkLoader PUBLISHED =
      new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");
  private final Framework framework = PUBLISHED.load(PUBLISHED.index().current());
  private final StageTwoScales scales = framework.stageTwo();
  private final ChecklistItem item =
      framework.theme("return-home-interviews").orElseThrow().checklist().items().get(0);

  @Test
  void aHigherExtentScore_isBetterMet_andALowerOne_lessWellMet() {
    assertThat(
            ReviewReportChange.between(rating("partly_met", "high"), rating("fully_met", "high")))
        .isEqualTo(ReviewReportChange.IMPROVED);
    assertThat(ReviewReportChange.between(rating("not_met", "high"), rating("partly_met", "high")))
        .isEqualTo(ReviewReportChange.IMPROVED);
    assertThat(ReviewReportChange.between(rating("fully_met", "low"), rating("not_met", "low")))
        .isEqualTo(ReviewReportChange.WORSE);
    assertThat(
            ReviewReportChange.between(
                rating("dont_know", "medium"), rating("partly_met", "medium")))
        .as("finding out it is partly met scores higher than not knowing")
        .isEqualTo(ReviewReportChange.IMPROVED);
  }

  @Test
  void aChangedImpact_orAnotherOptionWithTheSameScore_isNoChangeInScore_butIsAChangedRating() {
    ItemRating before = rating("partly_met", "high");
    ItemRating lowerImpact = rating("partly_met", "low");
    ItemRating notMet = rating("not_met", "high");
    ItemRating dontKnow = rating("dont_know", "high");

    assertThat(ReviewReportChange.between(before, lowerImpact))
        .isEqualTo(ReviewReportChange.UNCHANGED);
    assertThat(ReviewReportChange.ratingChanged(before, lowerImpact)).isTrue();
    assertThat(ReviewReportChange.between(notMet, dontKnow))
        .isEqualTo(ReviewReportChange.UNCHANGED);
    assertThat(ReviewReportChange.ratingChanged(notMet, dontKnow)).isTrue();
    assertThat(ReviewReportChange.between(before, rating("partly_met", "high")))
        .isEqualTo(ReviewReportChange.UNCHANGED);
    assertThat(ReviewReportChange.ratingChanged(before, rating("partly_met", "high"))).isFalse();
  }

  @Test
  void anItemThatDidNotApplyInOnlyOneRound_orHadNoEarlierRating_isNotCompared() {
    ItemRating notApplicable =
        new ItemRating(item, option(scales.extent(), "not_applicable"), null, "No placements here");

    assertThat(ReviewReportChange.between(notApplicable, rating("fully_met", "high")))
        .isEqualTo(ReviewReportChange.NOT_COMPARED);
    assertThat(ReviewReportChange.between(rating("not_met", "high"), notApplicable))
        .isEqualTo(ReviewReportChange.NOT_COMPARED);
    assertThat(ReviewReportChange.between(notApplicable, notApplicable))
        .isEqualTo(ReviewReportChange.UNCHANGED);
    assertThat(ReviewReportChange.between(null, rating("fully_met", "high")))
        .isEqualTo(ReviewReportChange.NOT_COMPARED);
    assertThat(
            ReviewReportChange.between(
                new ItemRating(item, null, null, null), rating("fully_met", "high")))
        .isEqualTo(ReviewReportChange.NOT_COMPARED);
    assertThat(ReviewReportChange.ratingChanged(null, rating("fully_met", "high")))
        .as("nothing to compare with")
        .isFalse();
  }

  private ItemRating rating(String extent, String impact) {
    return new ItemRating(
        item, option(scales.extent(), extent), option(scales.impact(), impact), null);
  }

  private static ScaleOption option(List<ScaleOption> options, String value) {
    return options.stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow();
  }
}

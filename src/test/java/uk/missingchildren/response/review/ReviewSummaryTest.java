package uk.missingchildren.response.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import uk.missingchildren.response.framework.Checklist;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkLoader;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.framework.StageTwoScales;

/**
 * The rules of a checklist review, on the return home interviews checklist of 2026.1 (whose scales
 * set no priority order of their own, so the service's default applies) and of 2026.2.
 */
class ReviewSummaryTest {

  private static final FrameworkLoader PUBLISHED =
      new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");
  private final Framework framework = PUBLISHED.load("2026.1");
  private final StageTwoScales scales = framework.stageTwo();
  private final Checklist checklist =
      framework.theme("return-home-interviews").orElseThrow().checklist();
  private final Map<String, ItemRating> ratings = new HashMap<>();

  @Test
  void notApplicableWithoutAReason_isRefused_butWithOneIsAccepted() {
    assertThat(ItemRating.problemWith(scales, "not_applicable", null, "  "))
        .contains(ItemRating.Problem.REASON_MISSING);
    assertThat(
            ItemRating.problemWith(
                scales, "not_applicable", null, "We have no children placed out of area"))
        .isEmpty();
    assertThat(ItemRating.problemWith(scales, "mostly", "high", null))
        .contains(ItemRating.Problem.EXTENT_NOT_ON_SCALE);
    assertThat(ItemRating.problemWith(scales, "fully_met", "huge", null))
        .contains(ItemRating.Problem.IMPACT_NOT_ON_SCALE);
  }

  @Test
  void priority_isTheGapTimesTheImpact_andNotApplicableLeavesTheScore() {
    ChecklistItem item = checklist.items().get(0);

    assertThat(rating(item, "not_met", "high").priority(scales)).isEqualTo(6);
    assertThat(rating(item, "dont_know", "medium").priority(scales))
        .as("nobody knew: a whole gap")
        .isEqualTo(4);
    assertThat(rating(item, "partly_met", "high").priority(scales)).isEqualTo(3);
    assertThat(rating(item, "fully_met", "high").priority(scales)).isZero();
    assertThat(rating(item, "not_applicable", null).priority(scales)).isZero();
    assertThat(rating(item, "not_applicable", null).rated()).isTrue();
    assertThat(rating(item, "partly_met", null).rated()).as("impact still to rate").isFalse();
  }

  @Test
  void requiredItemsNotMet_comeFirst_thenTheLargestGapTimesImpact() {
    ChecklistItem required = item(SectionKind.REQUIRED, 0);
    ChecklistItem goodPractice = item(SectionKind.GOOD_PRACTICE, 0);
    ChecklistItem goodPractice2 = item(SectionKind.GOOD_PRACTICE, 1);
    ChecklistItem resources = item(SectionKind.ADDITIONAL_RESOURCES, 0);
    given(goodPractice, "not_met", "high");
    given(required, "not_met", "low");
    given(resources, "partly_met", "high");
    given(goodPractice2, "not_met", "medium");
    given(item(SectionKind.REQUIRED, 1), "fully_met", "high");

    ReviewSummary summary = ReviewSummary.of(checklist, scales, ratings);

    assertThat(summary.priorities())
        .extracting(r -> r.item().id())
        .containsExactly(required.id(), goodPractice.id(), goodPractice2.id(), resources.id());
  }

  @Test
  void byDefault_aRequiredItemPartlyMet_ranksByItsScore_belowAGoodPracticeGap() {
    ChecklistItem required = item(SectionKind.REQUIRED, 0);
    ChecklistItem goodPractice = item(SectionKind.GOOD_PRACTICE, 0);
    given(required, "partly_met", "low");
    given(goodPractice, "not_met", "high");

    assertThat(ReviewSummary.of(checklist, scales, ratings).priorities())
        .extracting(r -> r.item().id())
        .containsExactly(goodPractice.id(), required.id());
  }

  @Test
  void aFrameworkThatPutsEveryRequiredItemNotFullyMetFirst_ranksPartlyMetAboveAnyGoodPractice() {
    StageTwoScales notFullyMetFirst =
        new StageTwoScales(
            scales.extent(),
            scales.impact(),
            java.util.List.of("partly_met", "not_met", "dont_know"),
            "Required items not fully met come first.");
    ChecklistItem required = item(SectionKind.REQUIRED, 0);
    ChecklistItem goodPractice = item(SectionKind.GOOD_PRACTICE, 0);
    ChecklistItem resources = item(SectionKind.ADDITIONAL_RESOURCES, 0);
    given(required, "partly_met", "low");
    given(goodPractice, "not_met", "high");
    given(resources, "dont_know", "high");
    given(item(SectionKind.REQUIRED, 1), "fully_met", "high");

    assertThat(ReviewSummary.of(checklist, notFullyMetFirst, ratings).priorities())
        .extracting(r -> r.item().id())
        .containsExactly(required.id(), goodPractice.id(), resources.id());
  }

  @Test
  void in2026_2_aRequiredItemPartlyMetAtLowImpact_ranksAboveAGoodPracticeItemNotMetAtHigh() {
    Framework current = PUBLISHED.load("2026.2");
    Checklist rhi = current.theme("return-home-interviews").orElseThrow().checklist();
    ChecklistItem required = rhi.section(SectionKind.REQUIRED).items().get(0);
    ChecklistItem goodPractice = rhi.section(SectionKind.GOOD_PRACTICE).items().get(0);
    ChecklistItem resources = rhi.section(SectionKind.ADDITIONAL_RESOURCES).items().get(0);
    given(required, "partly_met", "low");
    given(goodPractice, "not_met", "high");
    given(resources, "dont_know", "high");

    assertThat(ReviewSummary.of(rhi, current.stageTwo(), ratings).priorities())
        .extracting(r -> r.item().id())
        .containsExactly(required.id(), goodPractice.id(), resources.id());
    assertThat(current.stageTwo().priorityExplanation())
        .contains("a gap in what is required is never outweighed by good practice");
  }

  @Test
  void theSummaryCountsEachSectionsRatings_andTheGridCountsExtentByImpact() {
    given(item(SectionKind.REQUIRED, 0), "not_met", "high");
    given(item(SectionKind.REQUIRED, 1), "not_met", "high");
    given(item(SectionKind.REQUIRED, 2), "fully_met", "low");
    given(item(SectionKind.GOOD_PRACTICE, 0), "not_applicable", null);

    ReviewSummary summary = ReviewSummary.of(checklist, scales, ratings);

    Map<String, Long> required = summary.countsBySection().get(SectionKind.REQUIRED);
    assertThat(required.get("not_met")).isEqualTo(2);
    assertThat(required.get("fully_met")).isEqualTo(1);
    assertThat(required.get(ReviewSummary.NOT_RATED))
        .isEqualTo(checklist.section(SectionKind.REQUIRED).items().size() - 3);
    assertThat(summary.countsBySection().get(SectionKind.GOOD_PRACTICE).get("not_applicable"))
        .isEqualTo(1);
    assertThat(summary.extentByImpact().get("high").get("not_met")).isEqualTo(2);
    assertThat(summary.extentByImpact().get("low").get("fully_met")).isEqualTo(1);
    assertThat(summary.extentByImpact().get("high")).doesNotContainKey("not_applicable");
  }

  @Test
  void anEmptySquareOfTheGrid_isNeverShaded_howeverLargeTheGapItStandsFor() {
    ScaleOption notMet = option(scales.extent(), "not_met");

    ReviewSummaryPage.GridCell empty = new ReviewSummaryPage.GridCell(notMet, 0, 6, 3);
    ReviewSummaryPage.GridCell holdingTwo = new ReviewSummaryPage.GridCell(notMet, 2, 6, 3);
    ReviewSummaryPage.GridCell noGap =
        new ReviewSummaryPage.GridCell(option(scales.extent(), "fully_met"), 4, 0, 0);

    assertThat(empty.shade()).isZero();
    assertThat(empty.empty()).isTrue();
    assertThat(holdingTwo.shade()).isEqualTo(3);
    assertThat(noGap.shade()).isZero();
  }

  @Test
  void aRequiredItemNobodyKnewAbout_isTaggedNotKnown_neverNotMet() {
    ChecklistItem required = item(SectionKind.REQUIRED, 0);
    ChecklistItem goodPractice = item(SectionKind.GOOD_PRACTICE, 0);

    assertThat(priority(rating(required, "dont_know", "high"), true).requiredTagKey())
        .isEqualTo("reviewSummary.priorities.requiredNotKnown");
    assertThat(priority(rating(required, "not_met", "high"), true).requiredTagKey())
        .isEqualTo("reviewSummary.priorities.requiredNotMet");
    assertThat(priority(rating(goodPractice, "not_met", "high"), false).requiredTagKey()).isNull();
    assertThat(rating(required, "dont_know", "high").unknown()).isTrue();
    assertThat(rating(required, "not_met", "high").unknown()).isFalse();
  }

  private ReviewSummaryPage.Priority priority(ItemRating rating, boolean requiredWithAGap) {
    return new ReviewSummaryPage.Priority(
        rating, rating.priority(scales), requiredWithAGap, java.util.List.of());
  }

  private ChecklistItem item(SectionKind section, int index) {
    return checklist.section(section).items().get(index);
  }

  private void given(ChecklistItem item, String extent, String impact) {
    ratings.put(item.id(), rating(item, extent, impact));
  }

  private ItemRating rating(ChecklistItem item, String extent, String impact) {
    return new ItemRating(
        item,
        option(scales.extent(), extent),
        impact == null ? null : option(scales.impact(), impact),
        "not_applicable".equals(extent) ? "Does not apply here" : null);
  }

  private static ScaleOption option(java.util.List<ScaleOption> options, String value) {
    return options.stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow();
  }
}

package uk.missingchildren.response.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

/** The published content keeps every rule, and broken content is caught with a precise message. */
class FrameworkContentTest {

  private final FrameworkLoader published =
      new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");

  @Test
  void publishedContent_loadsWithTwelveAreasAndTwentySixQuestions() {
    Framework framework = published.load(published.index().current());

    assertThat(framework.themes()).hasSize(12);
    assertThat(framework.questions()).hasSize(26);
    assertThat(framework.themes()).allSatisfy(theme -> assertThat(theme.questions()).isNotEmpty());
  }

  @Test
  void everyChecklist_hasAtLeastTenItemsAndTwoInEachSection() {
    Framework framework = published.load(published.index().current());

    for (Theme theme : framework.themes()) {
      assertThat(theme.checklist().items()).as(theme.slug()).hasSizeGreaterThanOrEqualTo(10);
      for (SectionKind kind : SectionKind.values()) {
        assertThat(theme.checklist().section(kind).items())
            .as(theme.slug() + " " + kind)
            .hasSizeGreaterThanOrEqualTo(2);
      }
    }
    assertThat(framework.items()).hasSizeGreaterThanOrEqualTo(150);
  }

  @Test
  void everyRequiredItem_restsOnAStatutoryOrNationalSource() {
    Framework framework = published.load(published.index().current());

    framework.items().stream()
        .filter(item -> item.section() == SectionKind.REQUIRED)
        .forEach(
            item ->
                assertThat(framework.sourcesOf(item))
                    .as(item.id())
                    .anyMatch(source -> source.kind().canRequire()));
  }

  @Test
  void everyListedSource_isUsedByAtLeastOneItem() {
    Framework framework = published.load(published.index().current());
    var used =
        framework.items().stream()
            .flatMap(i -> i.sourceKeys().stream())
            .collect(Collectors.toSet());

    assertThat(framework.sources()).allSatisfy(source -> assertThat(used).contains(source.key()));
  }

  @Test
  void theRatingBands_endAtZeroSoEveryAreaGetsARating() {
    Framework framework = published.load(published.index().current());

    var bands = framework.stageOne().bands();
    assertThat(bands)
        .extracting(StageOneScale.RatingBand::id)
        .containsExactly("strong", "developing", "priority");
    assertThat(bands.get(bands.size() - 1).minPercent()).isZero();
    assertThat(framework.stageOne().answers())
        .extracting(ScaleOption::value)
        .containsExactly("yes", "partly", "no", "dont_know");
  }

  @Test
  void everyWorkedExample_isRatedAsTheContentSays() {
    StageOneScale scale = published.load(published.index().current()).stageOne();

    assertThat(scale.workedExamples()).hasSizeGreaterThanOrEqualTo(5);
    for (StageOneScale.WorkedExample example : scale.workedExamples()) {
      StageOneScale.AreaScore score = scale.rateAnswers(example.given());
      assertThat(score.percent())
          .as("percent for %s", example.answers())
          .isEqualTo(example.percent());
      assertThat(score.band().id())
          .as("rating for %s", example.answers())
          .isEqualTo(example.rating());
    }
  }

  @Test
  void rating_comparesWholePoints_soAnAreaJustUnderABandDoesNotRoundIntoIt() {
    StageOneScale scale = published.load(published.index().current()).stageOne();

    // 4 "yes" and one "no" is 8 of 10 points: exactly 80%, so Strong.
    assertThat(scale.rate(java.util.List.of("yes", "yes", "yes", "yes", "no")).band().id())
        .isEqualTo("strong");
    // 13 "yes" and 9 "partly" is 35 of 44 points, 79.5%: shown as 80% but still not Strong.
    java.util.List<String> justUnder =
        new java.util.ArrayList<>(java.util.Collections.nCopies(13, "yes"));
    justUnder.addAll(java.util.Collections.nCopies(9, "partly"));
    StageOneScale.AreaScore score = scale.rate(justUnder);
    assertThat(score.percent()).isEqualTo(80);
    assertThat(score.band().id()).isEqualTo("developing");
    // One "don't know" keeps an otherwise high score out of Strong, and is counted.
    assertThat(scale.rate(java.util.List.of("yes", "yes", "yes", "yes", "dont_know")).band().id())
        .isEqualTo("developing");
    assertThat(scale.rate(java.util.List.of("no", "dont_know")).unknown()).isEqualTo(1);
  }

  @Test
  void brokenContent_isRejectedWithEveryProblemNamingItsFileAndItem() {
    FrameworkLoader broken =
        new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework-fixtures/broken/");

    assertThatThrownBy(() -> broken.load("9.9"))
        .isInstanceOfSatisfying(
            InvalidFrameworkException.class,
            e -> {
              Map<String, String> problems =
                  e.problems().stream()
                      .collect(
                          Collectors.toMap(
                              p -> p.file() + " | " + p.item(),
                              ContentProblem::problem,
                              (a, b) -> a + " / " + b));
              String dir = "framework-fixtures/broken/9.9/";
              assertThat(problems)
                  .containsKey(dir + "checklists/alpha.yaml | item T01-R01")
                  .containsKey(dir + "checklists/alpha.yaml | item T01-R02")
                  .containsKey(dir + "checklists/alpha.yaml | item T01-X01")
                  .containsKey(dir + "checklists/beta.yaml | null")
                  .containsKey(dir + "questions.yaml | question Q02")
                  .containsKey(dir + "questions.yaml | theme T02");
              assertThat(problems.get(dir + "checklists/alpha.yaml | item T01-R01"))
                  .contains("must name the source");
              assertThat(problems.get(dir + "checklists/alpha.yaml | item T01-R02"))
                  .contains("legislation, regulations, statutory guidance");
              assertThat(problems.get(dir + "checklists/alpha.yaml | item T01-G01"))
                  .contains("source 'nowhere'")
                  .contains("used more than once");
              assertThat(problems.get(dir + "checklists/beta.yaml | null"))
                  .contains("the file is missing");
              assertThat(problems.get(dir + "framework.yaml | worked example [yes, partly]"))
                  .contains(
                      "the calculation gives 75% and developing, but the example says 80% and strong");
              assertThat(
                      problems.get(
                          dir
                              + "framework.yaml | worked example [yes] with statutory duties [partly]"))
                  .contains(
                      "the calculation gives 75% and developing, but the example says 75% and strong");
              assertThat(problems)
                  .doesNotContainKey(
                      dir
                          + "framework.yaml | worked example [yes, yes] with statutory duties [partly]");
              assertThat(problems.get(dir + "framework.yaml | stage_one rating"))
                  .contains(
                      "'start_with' must be between 1 and the number of thematic areas, not 20");
              assertThat(problems.get(dir + "framework.yaml | stage_two priority"))
                  .isEqualTo("'required_first' lists mostly_met, which is not an extent");
              assertThat(problems.get(dir + "sources.yaml | source mirrored"))
                  .isEqualTo(
                      "the link goes to abcdocz.com, which is not on the publishers' sites listed in"
                          + " 'source_hosts' in framework.yaml");
              assertThat(problems)
                  .doesNotContainKeys(
                      dir + "sources.yaml | source on-gov-uk", dir + "sources.yaml | source study");
              assertThat(e.getMessage()).startsWith("Framework content 9.9 is invalid");
            });
  }
}

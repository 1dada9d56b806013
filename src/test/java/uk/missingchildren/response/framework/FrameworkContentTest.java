package uk.missingchildren.response.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
  void ratingIn2026_1_comparesWholePoints_soAnAreaJustUnderABandDoesNotRoundIntoIt() {
    StageOneScale scale = published.load("2026.1").stageOne();

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
  void ratingIn2026_2_neverCallsAnAreaStrongWithAStatutoryDutyOrAnyAnswerShortOfYes() {
    StageOneScale scale = published.load("2026.2").stageOne();

    // Return home interviews: "Partly" on offering every child an interview, "Yes" to the rest.
    StageOneScale.AreaScore q10 =
        scale.rateAnswers(
            List.of(
                new StageOneScale.Given("partly", true),
                new StageOneScale.Given("yes", false),
                new StageOneScale.Given("yes", false)));
    assertThat(q10.percent()).isEqualTo(83);
    assertThat(q10.band().id()).isEqualTo("developing");
    assertThat(q10.dutiesNotMet()).isEqualTo(1);
    // One "Partly" gives the same verdict in areas of one, two and three questions.
    assertThat(
            List.of(
                scale.rate(List.of("partly")),
                scale.rate(List.of("yes", "partly")),
                scale.rate(List.of("yes", "yes", "partly"))))
        .extracting(score -> score.band().id())
        .containsOnly("developing");
    assertThat(scale.rate(List.of("yes", "yes", "yes")).band().id()).isEqualTo("strong");
    assertThat(scale.startWith()).isEqualTo(3);
    assertThat(scale.unknownFlag()).isEqualTo("Not known: find out");
    assertThat(scale.rankingExamples()).isNotEmpty();
  }

  @Test
  void content2026_2_marksStatutoryDutiesAndPurposes_andSaysWhatGoodLooksLikeForEveryItemInUse() {
    Framework framework = published.load("2026.2");

    assertThat(framework.questions()).hasSize(26);
    assertThat(framework.questions()).filteredOn(Question::statutoryDuty).isNotEmpty();
    assertThat(framework.questions())
        .filteredOn(q -> q.id().equals("Q10"))
        .singleElement()
        .satisfies(q -> assertThat(q.statutoryDuty()).isTrue());
    assertThat(framework.questions())
        .extracting(Question::purposeId)
        .containsOnly("prepared", "response", "together");
    assertThat(framework.items())
        .filteredOn(ChecklistItem::active)
        .allSatisfy(item -> assertThat(item.whatGoodLooksLike()).as(item.id()).isNotBlank());
    assertThat(framework.sources())
        .filteredOn(source -> source.url() != null)
        .allSatisfy(source -> assertThat(source.url()).doesNotContain("abcdocz", "scribd"));
    assertThat(framework.sources()).noneMatch(s -> s.key().equals("working-together-2023"));
    assertThat(framework.changeLog().get(0).findings()).hasSizeGreaterThanOrEqualTo(100);
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
                          + " 'content_rules: source_hosts' in framework.yaml");
              assertThat(problems.get(dir + "questions.yaml | question Q03"))
                  .contains("a question must be one question, ending with its only question mark")
                  .contains("'purpose' must be one of [prepared], not elsewhere");
              assertThat(problems.get(dir + "questions.yaml | question Q04"))
                  .isEqualTo(
                      "the question contains 'including', which 'compound_markers' lists as a sign"
                          + " that it asks more than one thing: ask one thing and move the rest"
                          + " into the hint or a checklist");
              assertThat(problems).doesNotContainKey(dir + "questions.yaml | question Q01");
              assertThat(problems.get(dir + "checklists/alpha.yaml | item T01-R03"))
                  .isEqualTo(
                      "a required item must say what good looks like ('what_good_looks_like')");
              assertThat(problems).doesNotContainKey(dir + "checklists/alpha.yaml | item T01-R04");
              assertThat(problems.get(dir + "checklists/alpha.yaml | item T01-R05"))
                  .isEqualTo(
                      "'replaced_by' is T01-R99, which is not an item in use in this framework");
              assertThat(problems.get(dir + "checklists/alpha.yaml | item T01-G02"))
                  .isEqualTo("only a retired item can have 'replaced_by'");
              assertThat(problems.get(dir + "framework.yaml | ranking example of [A, B, C]"))
                  .isEqualTo("the calculation starts with [C, A], but the example says [A, C]");
              assertThat(problems)
                  .doesNotContainKeys(
                      dir + "sources.yaml | source on-gov-uk", dir + "sources.yaml | source study");
              assertThat(e.getMessage()).startsWith("Framework content 9.9 is invalid");
            });
  }
}

package uk.missingchildren.response.framework;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules content must keep so that partnerships can trust it: ids are unique and stable, every
 * area has questions and a checklist, and a "required" item always names the statutory or national
 * source it rests on.
 */
final class FrameworkRules {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Framework framework;
  private final String folder;
  private final ContentRules rules;
  private final List<ContentProblem> problems = new ArrayList<>();

  FrameworkRules(Framework framework, String folder, ContentRules rules) {
    this.framework = framework;
    this.folder = folder;
    this.rules = rules;
  }

  List<ContentProblem> check(String version) {
    if (framework.version() != null && !framework.version().equals(version)) {
      add(
          FrameworkLoader.FRAMEWORK_FILE,
          null,
          "'version' is " + framework.version() + " but the folder is " + version);
    }
    checkIdsAreUnique();
    checkThemes();
    checkItems();
    checkScales();
    checkSourceHosts();
    checkQuestions();
    checkReplacements();
    return problems;
  }

  /**
   * Readers follow these links from the sources page: a copy on a document-sharing site may be
   * altered, out of date or gone tomorrow, so each must be on its publisher's own site.
   */
  private void checkSourceHosts() {
    List<String> sourceHosts = rules.sourceHosts();
    if (sourceHosts.isEmpty()) {
      return;
    }
    for (Source source : framework.sources()) {
      if (source.url() == null) {
        continue;
      }
      String host = hostOf(source.url());
      boolean allowed =
          host != null
              && sourceHosts.stream()
                  .anyMatch(
                      allowedHost -> host.equals(allowedHost) || host.endsWith("." + allowedHost));
      if (!allowed) {
        add(
            FrameworkLoader.SOURCES_FILE,
            "source " + source.key(),
            "the link goes to "
                + (host == null ? "no web site" : host)
                + ", which is not on the publishers' sites listed in 'content_rules: source_hosts'"
                + " in "
                + FrameworkLoader.FRAMEWORK_FILE);
      }
    }
  }

  /** One thing per question, and each serving one of the purposes the framework names. */
  private void checkQuestions() {
    List<StageOneScale.Purpose> purposes = framework.stageOne().purposes();
    for (Question question : framework.questions()) {
      String name = "question " + question.id();
      String compound = rules.compoundProblem(question.text());
      if (compound != null) {
        add(FrameworkLoader.QUESTIONS_FILE, name, compound);
      }
      if (purposes.isEmpty() && question.purposeId() != null) {
        add(
            FrameworkLoader.QUESTIONS_FILE,
            name,
            "'purpose' is " + question.purposeId() + " but stage_one names no 'purposes'");
      } else if (!purposes.isEmpty()
          && (question.purposeId() == null
              || framework.stageOne().purpose(question.purposeId()).isEmpty())) {
        add(
            FrameworkLoader.QUESTIONS_FILE,
            name,
            "'purpose' must be one of "
                + purposes.stream().map(StageOneScale.Purpose::id).toList()
                + ", not "
                + question.purposeId());
      }
    }
  }

  /**
   * A retired item's rating is carried to the item that replaced it, so that item must exist and be
   * in use, and only a retired item can be replaced.
   */
  private void checkReplacements() {
    for (Theme theme : framework.themes()) {
      for (ChecklistItem item : theme.checklist().items()) {
        if (item.replacedBy() == null) {
          continue;
        }
        String name = "item " + item.id();
        if (item.active()) {
          add(checklistFile(theme), name, "only a retired item can have 'replaced_by'");
        }
        boolean replacementInUse =
            framework.items().stream()
                .anyMatch(other -> other.id().equals(item.replacedBy()) && other.active());
        if (!replacementInUse) {
          add(
              checklistFile(theme),
              name,
              "'replaced_by' is "
                  + item.replacedBy()
                  + ", which is not an item in use in this framework");
        }
      }
    }
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notAUrl) {
      return null;
    }
  }

  private void checkIdsAreUnique() {
    Set<String> ids = new HashSet<>();
    framework.themes().forEach(t -> unique(ids, "theme", t.id(), FrameworkLoader.THEMES_FILE));
    framework
        .questions()
        .forEach(q -> unique(ids, "question", q.id(), FrameworkLoader.QUESTIONS_FILE));
    for (Theme theme : framework.themes()) {
      theme.checklist().items().forEach(i -> unique(ids, "item", i.id(), checklistFile(theme)));
    }
    Set<String> slugs = new HashSet<>();
    framework
        .themes()
        .forEach(
            theme -> {
              if (theme.slug() != null && !slugs.add(theme.slug())) {
                add(
                    FrameworkLoader.THEMES_FILE,
                    "theme " + theme.id(),
                    "slug " + theme.slug() + " is used twice");
              }
            });
    Set<String> keys = new HashSet<>();
    framework
        .sources()
        .forEach(
            source -> {
              if (source.key() != null && !keys.add(source.key())) {
                add(FrameworkLoader.SOURCES_FILE, "source " + source.key(), "key is used twice");
              }
            });
  }

  private void unique(Set<String> ids, String kind, String id, String file) {
    if (id != null && !ids.add(id)) {
      add(file, kind + " " + id, "id " + id + " is used more than once in this framework");
    }
  }

  private void checkThemes() {
    if (framework.themes().isEmpty()) {
      add(FrameworkLoader.THEMES_FILE, null, "there are no thematic areas");
    }
    for (Theme theme : framework.themes()) {
      String name = "theme " + theme.id();
      if (theme.slug() != null && !SLUG.matcher(theme.slug()).matches()) {
        add(FrameworkLoader.THEMES_FILE, name, "slug must be lowercase words joined by hyphens");
      }
      if (theme.questions().isEmpty()) {
        add(FrameworkLoader.QUESTIONS_FILE, name, "this area has no stage-one question");
      }
      if (theme.checklist().items().isEmpty()) {
        add(checklistFile(theme), name, "this area's checklist has no items");
      }
    }
  }

  private void checkItems() {
    for (Theme theme : framework.themes()) {
      for (ChecklistItem item : theme.checklist().items()) {
        String file = checklistFile(theme);
        String name = "item " + item.id();
        if (item.id() != null && theme.id() != null && !item.id().startsWith(theme.id() + "-")) {
          add(file, name, "item ids in this checklist must start with " + theme.id() + "-");
        }
        for (String key : item.sourceKeys()) {
          if (framework.source(key).isEmpty()) {
            add(
                file,
                name,
                "refers to source '" + key + "', which is not in " + FrameworkLoader.SOURCES_FILE);
          }
        }
        if (item.section() == SectionKind.REQUIRED) {
          checkRequiredItemHasAuthority(file, name, item);
          if (item.active()
              && rules.requiredItemsShowWhatGoodLooksLike()
              && item.whatGoodLooksLike() == null) {
            add(
                file,
                name,
                "a required item must say what good looks like ('what_good_looks_like')");
          }
        }
      }
    }
  }

  private void checkRequiredItemHasAuthority(String file, String name, ChecklistItem item) {
    if (item.sourceKeys().isEmpty()) {
      add(file, name, "a required item must name the source that requires it");
      return;
    }
    boolean authoritative =
        framework.sourcesOf(item).stream()
            .map(Source::kind)
            .filter(Objects::nonNull)
            .anyMatch(SourceKind::canRequire);
    if (!authoritative && framework.sourcesOf(item).size() == item.sourceKeys().size()) {
      add(
          file,
          name,
          "a required item must rest on legislation, regulations, statutory guidance"
              + " or a national police practice or protocol, but its sources are all of other kinds");
    }
  }

  private void checkScales() {
    StageOneScale stageOne = framework.stageOne();
    if (stageOne.answers().isEmpty()) {
      add(FrameworkLoader.FRAMEWORK_FILE, "stage_one", "there are no answers to choose from");
    }
    List<StageOneScale.RatingBand> bands = stageOne.bands();
    if (bands.isEmpty() || bands.get(bands.size() - 1).minPercent() != 0) {
      add(
          FrameworkLoader.FRAMEWORK_FILE,
          "stage_one rating",
          "the last rating band must start at 0% so every area gets a rating");
    }
    checkWorkedExamples(stageOne);
    checkRankingExamples(stageOne);
    stageOne
        .spread()
        .disagreements(stageOne.answers())
        .forEach(problem -> add(FrameworkLoader.FRAMEWORK_FILE, "stage_one spread", problem));
    if (stageOne.startWith() != null
        && (stageOne.startWith() < 1 || stageOne.startWith() > framework.themes().size())) {
      add(
          FrameworkLoader.FRAMEWORK_FILE,
          "stage_one rating",
          "'start_with' must be between 1 and the number of thematic areas, not "
              + stageOne.startWith());
    }
    framework.stageTwo().requiredFirst().stream()
        .filter(
            value -> framework.stageTwo().extent().stream().noneMatch(o -> o.value().equals(value)))
        .forEach(
            value ->
                add(
                    FrameworkLoader.FRAMEWORK_FILE,
                    "stage_two priority",
                    "'required_first' lists " + value + ", which is not an extent"));
    if (framework.stageTwo().extent().isEmpty() || framework.stageTwo().impact().isEmpty()) {
      add(
          FrameworkLoader.FRAMEWORK_FILE,
          "stage_two",
          "both the extent and impact scales need options");
    }
  }

  /** The explanation people read and the arithmetic the service does must never drift apart. */
  private void checkWorkedExamples(StageOneScale stageOne) {
    if (stageOne.bands().isEmpty()) {
      return;
    }
    for (StageOneScale.WorkedExample example : stageOne.workedExamples()) {
      String name =
          "worked example "
              + example.answers()
              + (example.statutoryAnswers().isEmpty()
                  ? ""
                  : " with statutory duties " + example.statutoryAnswers());
      example.given().stream()
          .map(StageOneScale.Given::value)
          .filter(value -> stageOne.answer(value).isEmpty())
          .forEach(
              value ->
                  add(
                      FrameworkLoader.FRAMEWORK_FILE,
                      name,
                      "'" + value + "' is not one of the stage one answers"));
      StageOneScale.AreaScore score = stageOne.rateAnswers(example.given());
      if (score.percent() != example.percent() || !score.band().id().equals(example.rating())) {
        add(
            FrameworkLoader.FRAMEWORK_FILE,
            name,
            "the calculation gives "
                + score.percent()
                + "% and "
                + score.band().id()
                + ", but the example says "
                + example.percent()
                + "% and "
                + example.rating());
      }
    }
  }

  private void checkRankingExamples(StageOneScale stageOne) {
    if (stageOne.bands().isEmpty()) {
      return;
    }
    for (StageOneScale.RankingExample example : stageOne.rankingExamples()) {
      List<String> calculated = example.calculated(stageOne);
      if (!calculated.equals(example.startWith())) {
        add(
            FrameworkLoader.FRAMEWORK_FILE,
            "ranking example of "
                + example.areas().stream()
                    .map(StageOneScale.RankingExample.ExampleArea::name)
                    .toList(),
            "the calculation starts with "
                + calculated
                + ", but the example says "
                + example.startWith());
      }
    }
  }

  private String checklistFile(Theme theme) {
    return "checklists/" + theme.slug() + ".yaml";
  }

  private void add(String file, String item, String message) {
    problems.add(new ContentProblem(folder + file, item, message));
  }
}

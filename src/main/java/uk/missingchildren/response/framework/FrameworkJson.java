package uk.missingchildren.response.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * The public JSON view of a framework version, for integrations. Its shape is a published contract
 * (documented in the README): add fields, never rename or remove them.
 */
record FrameworkJson(
    String version,
    String title,
    LocalDate published,
    @JsonProperty("answer_scale") List<ScaleJson> answerScale,
    @JsonProperty("rating_explanation") String ratingExplanation,
    List<ThemeJson> themes,
    List<SourceJson> sources) {

  static FrameworkJson of(Framework framework) {
    return new FrameworkJson(
        framework.version(),
        framework.title(),
        framework.published(),
        framework.stageOne().answers().stream().map(ScaleJson::of).toList(),
        framework.stageOne().ratingExplanation(),
        framework.themes().stream().map(ThemeJson::of).toList(),
        framework.sources().stream().map(SourceJson::of).toList());
  }

  record ScaleJson(String value, String label, Integer score) {
    static ScaleJson of(ScaleOption option) {
      return new ScaleJson(option.value(), option.label(), option.score());
    }
  }

  record ThemeJson(
      String id,
      String slug,
      String title,
      @JsonProperty("short_title") String shortTitle,
      String description,
      List<QuestionJson> questions,
      ChecklistJson checklist) {
    static ThemeJson of(Theme theme) {
      return new ThemeJson(
          theme.id(),
          theme.slug(),
          theme.title(),
          theme.shortTitle(),
          theme.description(),
          theme.questions().stream()
              .map(q -> new QuestionJson(q.id(), q.text(), q.hint()))
              .toList(),
          new ChecklistJson(theme.checklist().sections().stream().map(SectionJson::of).toList()));
    }
  }

  record QuestionJson(String id, String text, String hint) {}

  record ChecklistJson(List<SectionJson> sections) {}

  record SectionJson(String kind, List<ItemJson> items) {
    static SectionJson of(ChecklistSection section) {
      return new SectionJson(
          section.kind().key(), section.items().stream().map(ItemJson::of).toList());
    }
  }

  record ItemJson(
      String id, String text, GuidanceJson guidance, List<String> sources, boolean active) {
    static ItemJson of(ChecklistItem item) {
      GuidanceJson guidance =
          item.hasGuidance() ? new GuidanceJson(item.whatGoodLooksLike(), item.evidence()) : null;
      return new ItemJson(item.id(), item.text(), guidance, item.sourceKeys(), item.active());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record GuidanceJson(
      @JsonProperty("what_good_looks_like") String whatGoodLooksLike, String evidence) {}

  record SourceJson(
      String key, String title, String publisher, Integer year, String url, String kind) {
    static SourceJson of(Source source) {
      return new SourceJson(
          source.key(),
          source.title(),
          source.publisher(),
          source.year(),
          source.url(),
          source.kind().key());
    }
  }
}

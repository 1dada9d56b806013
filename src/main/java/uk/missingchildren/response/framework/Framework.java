package uk.missingchildren.response.framework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** One published version of the assessment content. Immutable once loaded. */
public record Framework(
    String version,
    String title,
    LocalDate published,
    StageOneScale stageOne,
    StageTwoScales stageTwo,
    List<Theme> themes,
    List<Source> sources,
    List<ChangeLogEntry> changeLog) {

  public Optional<Theme> theme(String slug) {
    return themes.stream().filter(theme -> theme.slug().equals(slug)).findFirst();
  }

  /** The thematic area with this id ("T05"), as actions and reviews record it. */
  public Optional<Theme> themeWithId(String id) {
    return themes.stream().filter(theme -> theme.id().equals(id)).findFirst();
  }

  public Optional<Source> source(String key) {
    return sources.stream().filter(source -> source.key().equals(key)).findFirst();
  }

  /** Every stage-one question, in the order they are asked. */
  public List<Question> questions() {
    return themes.stream().flatMap(theme -> theme.questions().stream()).toList();
  }

  /** Every checklist item across the 12 checklists. */
  public List<ChecklistItem> items() {
    return themes.stream().flatMap(theme -> theme.checklist().items().stream()).toList();
  }

  /** The sources an item rests on, in the order the item lists them. */
  public List<Source> sourcesOf(ChecklistItem item) {
    return item.sourceKeys().stream().map(this::source).flatMap(Optional::stream).toList();
  }
}

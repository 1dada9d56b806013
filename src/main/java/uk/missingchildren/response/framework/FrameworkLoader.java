package uk.missingchildren.response.framework;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one framework version from its data files and checks it against {@link FrameworkRules}.
 * Every problem found is reported together, each naming its file and item.
 */
public final class FrameworkLoader {

  static final String FRAMEWORK_FILE = "framework.yaml";
  static final String THEMES_FILE = "themes.yaml";
  static final String QUESTIONS_FILE = "questions.yaml";
  static final String SOURCES_FILE = "sources.yaml";
  static final String CHANGELOG_FILE = "changelog.yaml";

  private final ResourceLoader resources;
  private final String location;

  /**
   * @param location where version folders live, such as {@code classpath:framework/}
   */
  public FrameworkLoader(ResourceLoader resources, String location) {
    this.resources = resources;
    this.location = location.endsWith("/") ? location : location + "/";
  }

  /** Reads the list of versions this service knows, and which one new assessments use. */
  public FrameworkIndex index() {
    List<ContentProblem> problems = new ArrayList<>();
    ContentNode index = read("index.yaml", problems);
    String current = index.requiredText("current");
    List<String> versions = index.texts("versions");
    if (current != null && !versions.contains(current)) {
      index.problem("the current version " + current + " is not in 'versions'");
    }
    if (!problems.isEmpty()) {
      throw new InvalidFrameworkException("index", problems);
    }
    return new FrameworkIndex(current, versions);
  }

  public Framework load(String version) {
    List<ContentProblem> problems = new ArrayList<>();
    ContentNode meta = read(version + "/" + FRAMEWORK_FILE, problems);
    Map<String, List<Question>> questions = questionsByTheme(version, problems);
    List<Theme> themes = themes(version, questions, problems);
    Framework framework =
        new Framework(
            meta.requiredText("version"),
            meta.requiredText("title"),
            meta.optionalDate("published"),
            ScaleReader.stageOne(meta.child("stage_one")),
            ScaleReader.stageTwo(meta.child("stage_two")),
            themes,
            sources(version, problems),
            changeLog(version, problems));
    problems.addAll(
        new FrameworkRules(framework, displayPath(version + "/"), contentRules(meta))
            .check(version));
    if (!problems.isEmpty()) {
      throw new InvalidFrameworkException(version, problems);
    }
    return framework;
  }

  private static ContentRules contentRules(ContentNode meta) {
    ContentNode rules = meta.optionalChild("content_rules");
    return rules == null
        ? ContentRules.none()
        : new ContentRules(
            rules.texts("source_hosts"),
            rules.texts("compound_markers"),
            rules.flag("required_items_show_what_good_looks_like"));
  }

  private List<Theme> themes(
      String version, Map<String, List<Question>> questions, List<ContentProblem> problems) {
    List<Theme> themes = new ArrayList<>();
    for (ContentNode node : read(version + "/" + THEMES_FILE, problems).children("themes", true)) {
      String id = node.requiredText("id");
      ContentNode theme = node.named("theme " + id);
      String slug = theme.requiredText("slug");
      themes.add(
          new Theme(
              id,
              slug,
              theme.requiredText("title"),
              theme.requiredText("short_title"),
              theme.requiredText("description"),
              questions.getOrDefault(id, List.of()),
              slug == null
                  ? new Checklist(id, List.of())
                  : checklist(version, id, slug, problems)));
    }
    List<String> themeIds = themes.stream().map(Theme::id).toList();
    questions.forEach(
        (themeId, orphans) -> {
          if (!themeIds.contains(themeId)) {
            orphans.forEach(
                question ->
                    problems.add(
                        new ContentProblem(
                            displayPath(version + "/" + QUESTIONS_FILE),
                            "question " + question.id(),
                            "'theme' " + themeId + " is not a thematic area in " + THEMES_FILE)));
          }
        });
    return themes;
  }

  private Map<String, List<Question>> questionsByTheme(
      String version, List<ContentProblem> problems) {
    Map<String, List<Question>> byTheme = new LinkedHashMap<>();
    for (ContentNode node :
        read(version + "/" + QUESTIONS_FILE, problems).children("questions", true)) {
      String id = node.requiredText("id");
      ContentNode question = node.named("question " + id);
      Question read =
          new Question(
              id,
              question.requiredText("theme"),
              question.requiredText("text"),
              question.requiredText("hint"),
              question.flag("statutory_duty"),
              question.optionalText("purpose"));
      byTheme.computeIfAbsent(Objects.toString(read.themeId()), key -> new ArrayList<>()).add(read);
    }
    return byTheme;
  }

  private Checklist checklist(
      String version, String themeId, String slug, List<ContentProblem> problems) {
    ContentNode file = read(version + "/checklists/" + slug + ".yaml", problems);
    String declaredTheme = file.optionalText("theme");
    if (declaredTheme != null && !declaredTheme.equals(themeId)) {
      file.problem("'theme' is " + declaredTheme + " but this file belongs to theme " + themeId);
    }
    Map<SectionKind, List<ChecklistItem>> sections = new LinkedHashMap<>();
    for (SectionKind kind : SectionKind.values()) {
      sections.put(kind, new ArrayList<>());
    }
    for (ContentNode node : file.children("items", true)) {
      String id = node.requiredText("id");
      ContentNode item = node.named("item " + id);
      String sectionKey = item.requiredText("section");
      SectionKind section =
          sectionKey == null ? null : SectionKind.fromKey(sectionKey).orElse(null);
      if (sectionKey != null && section == null) {
        item.problem(
            "'section' must be required, good_practice or additional_resources, not " + sectionKey);
        continue;
      }
      if (section != null) {
        sections
            .get(section)
            .add(
                new ChecklistItem(
                    id,
                    section,
                    item.requiredText("text"),
                    item.optionalText("what_good_looks_like"),
                    item.optionalText("evidence"),
                    item.texts("sources"),
                    !item.flag("retired"),
                    item.optionalText("replaced_by")));
      }
    }
    return new Checklist(
        themeId,
        sections.entrySet().stream()
            .map(entry -> new ChecklistSection(entry.getKey(), List.copyOf(entry.getValue())))
            .toList());
  }

  private List<Source> sources(String version, List<ContentProblem> problems) {
    List<Source> sources = new ArrayList<>();
    for (ContentNode node :
        read(version + "/" + SOURCES_FILE, problems).children("sources", true)) {
      String key = node.requiredText("key");
      ContentNode source = node.named("source " + key);
      String kindKey = source.requiredText("kind");
      SourceKind kind = kindKey == null ? null : SourceKind.fromKey(kindKey).orElse(null);
      if (kindKey != null && kind == null) {
        source.problem("'kind' " + kindKey + " is not one of the known kinds of source");
      }
      sources.add(
          new Source(
              key,
              source.requiredText("title"),
              source.requiredText("publisher"),
              source.optionalInteger("year"),
              source.optionalText("url"),
              kind));
    }
    return sources;
  }

  private List<ChangeLogEntry> changeLog(String version, List<ContentProblem> problems) {
    List<ChangeLogEntry> entries = new ArrayList<>();
    for (ContentNode entry :
        read(version + "/" + CHANGELOG_FILE, problems).children("entries", true)) {
      entries.add(
          new ChangeLogEntry(
              entry.requiredText("version"),
              entry.optionalDate("date"),
              entry.texts("changes"),
              entry.children("findings", false).stream()
                  .map(finding -> finding.named("finding " + finding.optionalText("ref")))
                  .map(
                      finding ->
                          new ChangeLogEntry.Finding(
                              finding.requiredText("ref"),
                              finding.requiredText("finding"),
                              finding.requiredText("resolution")))
                  .toList()));
    }
    return entries;
  }

  private ContentNode read(String relativePath, List<ContentProblem> problems) {
    String file = displayPath(relativePath);
    Resource resource = resources.getResource(location + relativePath);
    if (!resource.exists()) {
      problems.add(new ContentProblem(file, null, "the file is missing"));
      return new ContentNode(file, null, Map.of(), problems);
    }
    try (InputStream in = resource.getInputStream()) {
      Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      if (root instanceof Map<?, ?> map) {
        return new ContentNode(file, null, map, problems);
      }
      problems.add(
          new ContentProblem(file, null, "the file must hold a mapping of keys to values"));
    } catch (YAMLException e) {
      problems.add(new ContentProblem(file, null, "is not valid YAML: " + e.getMessage().strip()));
    } catch (IOException e) {
      problems.add(new ContentProblem(file, null, "could not be read: " + e.getMessage()));
    }
    return new ContentNode(file, null, Map.of(), problems);
  }

  private String displayPath(String relativePath) {
    return location.replaceFirst("^[a-z]+\\*?:", "") + relativePath;
  }
}

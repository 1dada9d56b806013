package uk.missingchildren.response.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between two framework versions, question by question and item by item: what a group
 * starting from an earlier round needs to be told, and what the administrator compares.
 */
public record VersionChanges(
    String from, String to, List<QuestionChange> questions, List<ItemChange> items) {

  /** How one question or item changed. */
  public enum Change {
    UNCHANGED,
    /** Its wording changed: an answer carried from before may no longer hold. */
    REWORDED,
    /** A checklist item moved to another section (and may also be reworded). */
    MOVED,
    NEW,
    /** Asked or in use before, and not now. */
    RETIRED
  }

  /** A question in either version; {@code before} or {@code after} is null when it is absent. */
  public record QuestionChange(String id, Change change, Question before, Question after) {}

  /**
   * A checklist item in either version; {@code replacedBy} names the item that covers a retired
   * one's standard now, if any, and {@code replaces} the earlier version's items whose standard
   * this one now covers.
   */
  public record ItemChange(
      String id,
      Change change,
      ChecklistItem before,
      ChecklistItem after,
      String replacedBy,
      List<ChecklistItem> replaces) {

    public String themeId() {
      return id.substring(0, id.indexOf('-'));
    }
  }

  static VersionChanges between(Framework before, Framework after) {
    return new VersionChanges(
        before.version(), after.version(), questions(before, after), items(before, after));
  }

  private static List<QuestionChange> questions(Framework before, Framework after) {
    Map<String, Question> earlier = new LinkedHashMap<>();
    before.questions().forEach(q -> earlier.put(q.id(), q));
    List<QuestionChange> changes = new ArrayList<>();
    for (Question now : after.questions()) {
      Question then = earlier.remove(now.id());
      Change change =
          then == null
              ? Change.NEW
              : sameWords(then.text(), now.text()) ? Change.UNCHANGED : Change.REWORDED;
      changes.add(new QuestionChange(now.id(), change, then, now));
    }
    earlier.values().forEach(q -> changes.add(new QuestionChange(q.id(), Change.RETIRED, q, null)));
    return changes;
  }

  private static List<ItemChange> items(Framework before, Framework after) {
    Map<String, ChecklistItem> earlier = new LinkedHashMap<>();
    before.items().stream().filter(ChecklistItem::active).forEach(i -> earlier.put(i.id(), i));
    List<ItemChange> changes = new ArrayList<>();
    for (ChecklistItem now : after.items()) {
      ChecklistItem then = earlier.remove(now.id());
      if (!now.active()) {
        if (then != null) {
          changes.add(
              new ItemChange(now.id(), Change.RETIRED, then, now, now.replacedBy(), List.of()));
        }
        continue;
      }
      Change change;
      if (then == null) {
        change = Change.NEW;
      } else if (then.section() != now.section()) {
        change = Change.MOVED;
      } else {
        change = sameWords(then.text(), now.text()) ? Change.UNCHANGED : Change.REWORDED;
      }
      changes.add(
          new ItemChange(now.id(), change, then, now, null, replacedBy(before, after, now)));
    }
    earlier
        .values()
        .forEach(
            i -> changes.add(new ItemChange(i.id(), Change.RETIRED, i, null, null, List.of())));
    return changes;
  }

  /** The earlier version's items in use that the later one retired in favour of this one. */
  private static List<ChecklistItem> replacedBy(
      Framework before, Framework after, ChecklistItem replacement) {
    return after.items().stream()
        .filter(item -> !item.active() && replacement.id().equals(item.replacedBy()))
        .flatMap(
            item ->
                before.items().stream().filter(old -> old.active() && old.id().equals(item.id())))
        .toList();
  }

  /** Only the words count: a line folded differently in the file is not a change. */
  public static boolean sameWords(String a, String b) {
    return Objects.equals(normalised(a), normalised(b));
  }

  private static String normalised(String text) {
    return text == null ? null : text.strip().replaceAll("\\s+", " ");
  }

  public boolean sameVersion() {
    return from.equals(to);
  }

  public Optional<QuestionChange> question(String id) {
    return questions.stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public Optional<ItemChange> item(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public List<QuestionChange> questions(Change change) {
    return questions.stream().filter(q -> q.change() == change).toList();
  }

  public List<ItemChange> items(Change change) {
    return items.stream().filter(i -> i.change() == change).toList();
  }

  /** The items of one checklist (by theme id) that changed in any way. */
  public List<ItemChange> changedItems(String themeId) {
    return items.stream()
        .filter(i -> i.change() != Change.UNCHANGED && i.themeId().equals(themeId))
        .toList();
  }

  /** Whether any question or item changed at all. */
  public boolean anyChange() {
    return questions.stream().anyMatch(q -> q.change() != Change.UNCHANGED)
        || items.stream().anyMatch(i -> i.change() != Change.UNCHANGED);
  }
}

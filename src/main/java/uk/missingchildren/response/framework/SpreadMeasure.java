package uk.missingchildren.response.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How far apart the agencies' own answers to one question are, before the group agrees one. The
 * range is the highest score given less the lowest; "Don't know" (an answer marked unknown) has no
 * place on that line, so it is counted apart and never widens the range. Two answers with the same
 * score but different words (none on today's scales) count as two distinct answers. The level is
 * the first one, in the order the framework lists them, whose {@code min_range} the range reaches;
 * with fewer than two known answers there is nothing to compare and there is no level.
 *
 * @param levels from the widest apart to the closest, the last with {@code min_range: 0}
 * @param workedExamples shown on the page and checked when the framework loads
 */
public record SpreadMeasure(List<Level> levels, List<WorkedExample> workedExamples) {

  /** A framework version that does not define the measure: views before the meeting are off. */
  public static final SpreadMeasure NONE = new SpreadMeasure(List.of(), List.of());

  public boolean defined() {
    return !levels.isEmpty();
  }

  /** The words for the level {@code id}, as the framework gives them. */
  public String levelLabel(String id) {
    return levels.stream()
        .filter(level -> level.id().equals(id))
        .map(Level::label)
        .findFirst()
        .orElse(id);
  }

  /** The spread of {@code answers}, each a value on {@code scale}; values not on it are ignored. */
  public Spread measure(List<ScaleOption> scale, List<String> answers) {
    List<ScaleOption> known = new ArrayList<>();
    int unknown = 0;
    for (String answer : answers) {
      Optional<ScaleOption> option =
          scale.stream().filter(candidate -> candidate.value().equals(answer)).findFirst();
      if (option.isEmpty()) {
        continue;
      }
      if (option.get().unknown() || option.get().score() == null) {
        unknown++;
      } else {
        known.add(option.get());
      }
    }
    Set<String> distinct = new LinkedHashSet<>();
    known.forEach(option -> distinct.add(option.value()));
    int range =
        known.isEmpty()
            ? 0
            : known.stream().mapToInt(ScaleOption::score).max().getAsInt()
                - known.stream().mapToInt(ScaleOption::score).min().getAsInt();
    Level level =
        known.size() < 2
            ? null
            : levels.stream().filter(l -> range >= l.minRange()).findFirst().orElse(null);
    return new Spread(known.size() + unknown, range, distinct.size(), unknown, level);
  }

  /**
   * The widest apart first: the larger range, then more distinct answers, then more "Don't know"
   * answers (the group cannot agree what nobody knows), then more views given.
   */
  public static Comparator<Spread> widestFirst() {
    return Comparator.comparing((Spread s) -> s.level() != null)
        .thenComparingInt(Spread::range)
        .thenComparingInt(Spread::distinct)
        .thenComparingInt(Spread::unknown)
        .thenComparingInt(Spread::given)
        .reversed();
  }

  /** Checked when the framework loads: what the arithmetic says of each worked example. */
  List<String> disagreements(List<ScaleOption> scale) {
    List<String> problems = new ArrayList<>();
    if (defined() && levels.get(levels.size() - 1).minRange() != 0) {
      problems.add("the last spread level must start at a range of 0");
    }
    for (WorkedExample example : workedExamples) {
      example.answers().stream()
          .filter(value -> scale.stream().noneMatch(option -> option.value().equals(value)))
          .forEach(
              value ->
                  problems.add(
                      "spread example "
                          + example.answers()
                          + ": '"
                          + value
                          + "' is not an answer"));
      Spread spread = measure(scale, example.answers());
      String level = spread.level() == null ? null : spread.level().id();
      if (spread.range() != example.range()
          || spread.distinct() != example.distinct()
          || spread.unknown() != example.unknown()
          || !java.util.Objects.equals(level, example.level())) {
        problems.add(
            "spread example "
                + example.answers()
                + ": the calculation gives range "
                + spread.range()
                + ", "
                + spread.distinct()
                + " distinct, "
                + spread.unknown()
                + " unknown, level "
                + level
                + ", but the example says range "
                + example.range()
                + ", "
                + example.distinct()
                + " distinct, "
                + example.unknown()
                + " unknown, level "
                + example.level());
      }
    }
    return problems;
  }

  /**
   * @param minRange the smallest range at this level
   */
  public record Level(String id, String label, int minRange) {}

  /**
   * @param level the level the example must reach, or null when there is nothing to compare
   */
  public record WorkedExample(
      List<String> answers, int range, int distinct, int unknown, String level) {}

  /**
   * @param given every view counted, known or not
   * @param range the highest score less the lowest, among known answers
   * @param distinct how many different known answers
   * @param unknown how many "Don't know" answers
   * @param level how far apart, or null with fewer than two known answers
   */
  public record Spread(int given, int range, int distinct, int unknown, Level level) {

    public boolean comparable() {
      return level != null;
    }
  }
}

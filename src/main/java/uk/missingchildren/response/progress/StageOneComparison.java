package uk.missingchildren.response.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.missingchildren.response.benchmark.StageOneResults;
import uk.missingchildren.response.benchmark.StageOneResults.AreaResult;
import uk.missingchildren.response.benchmark.StageOneResults.QuestionResult;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.framework.VersionChanges;

/**
 * Two benchmark rounds side by side, area by area. An area improved when its rating is a better
 * band in the later round, in the order the framework lists its bands (best first); it got worse
 * when the band is lower; a changed score within the same band is the same rating. The bands
 * already apply the framework's rules, "don't know" included (an area with a "don't know" answer
 * cannot be rated Strong), so a rating never improves by nobody knowing. Each question's answer is
 * compared by its points: "No" and "Don't know" earn the same, so a move between them changes the
 * answer but not the points.
 *
 * @param areas the later round's areas in framework order, then any area only the earlier round had
 */
public record StageOneComparison(List<AreaChange> areas) implements DirectionCounts {

  /**
   * @param bands the rating bands of the later round's framework, best first: the order to compare
   *     in
   */
  public static StageOneComparison between(
      StageOneResults earlier, StageOneResults later, List<RatingBand> bands) {
    Map<String, AreaResult> before =
        earlier.areas().stream()
            .collect(Collectors.toMap(area -> area.theme().id(), Function.identity()));
    List<AreaChange> areas = new ArrayList<>();
    for (AreaResult after : later.areas()) {
      areas.add(area(after.theme(), before.remove(after.theme().id()), after, bands));
    }
    earlier.areas().stream()
        .filter(area -> before.containsKey(area.theme().id()))
        .forEach(area -> areas.add(area(area.theme(), area, null, bands)));
    return new StageOneComparison(areas);
  }

  private static AreaChange area(
      Theme theme, AreaResult before, AreaResult after, List<RatingBand> bands) {
    Direction direction = Direction.ofRanks(rank(bands, before), rank(bands, after));
    Map<String, QuestionResult> earlierAnswers =
        before == null
            ? Map.of()
            : before.questions().stream()
                .collect(Collectors.toMap(q -> q.question().id(), Function.identity()));
    List<QuestionChange> questions = new ArrayList<>();
    if (after != null) {
      for (QuestionResult answer : after.questions()) {
        QuestionResult was = earlierAnswers.get(answer.question().id());
        questions.add(
            new QuestionChange(
                answer.question(),
                was == null ? null : was.question(),
                was == null ? null : was.option(),
                answer.option()));
      }
    }
    return new AreaChange(
        theme,
        before == null ? null : before.score(),
        after == null ? null : after.score(),
        direction,
        questions);
  }

  /** The area's rating's place among the bands, or null when it was not rated in that round. */
  private static Integer rank(List<RatingBand> bands, AreaResult area) {
    if (area == null) {
      return null;
    }
    int rank = RatingStyle.rank(bands, area.score().band().id());
    return rank < 0 ? null : rank;
  }

  @Override
  public Stream<Direction> directions() {
    return areas.stream().map(AreaChange::direction);
  }

  /**
   * One area in both rounds; {@code before} or {@code after} is null when the area was not in that
   * round's framework.
   */
  public record AreaChange(
      Theme theme,
      AreaScore before,
      AreaScore after,
      Direction direction,
      List<QuestionChange> questions) {

    /**
     * The questions whose answer is different in the later round, or whose wording changed between
     * the framework versions the two rounds used (so the same answer may not mean the same).
     */
    public List<QuestionChange> changedAnswers() {
      return questions.stream().filter(q -> q.changed() || q.reworded()).toList();
    }
  }

  /**
   * One question's answer in each round; {@code before} is null when it was not asked then, and
   * {@code earlierQuestion} is the question as the earlier round's framework version worded it.
   */
  public record QuestionChange(
      Question question, Question earlierQuestion, ScaleOption before, ScaleOption after) {

    /** Whether the two rounds' framework versions word the question differently. */
    public boolean reworded() {
      return earlierQuestion != null
          && !VersionChanges.sameWords(earlierQuestion.text(), question.text());
    }

    public boolean changed() {
      if (before == null || after == null) {
        return before != after;
      }
      return !before.value().equals(after.value());
    }

    /** By the answers' points: more points is an improvement. */
    public Direction direction() {
      return Direction.ofScores(
          before == null ? null : before.score(), after == null ? null : after.score());
    }
  }
}

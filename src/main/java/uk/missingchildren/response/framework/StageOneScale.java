package uk.missingchildren.response.framework;

import java.util.List;
import java.util.Optional;

/**
 * How stage-one questions are answered and how the answers become a thematic area's rating. The
 * rating bands are checked in order; the first one an area qualifies for is its rating.
 */
public record StageOneScale(
    List<ScaleOption> answers,
    String ratingExplanation,
    List<RatingBand> bands,
    List<WorkedExample> workedExamples) {

  public Optional<ScaleOption> answer(String value) {
    return answers.stream().filter(option -> option.value().equals(value)).findFirst();
  }

  /**
   * Rates one area from the answers given to its questions. Answers not on the scale (there are
   * none once a benchmark is submitted) earn nothing but still count towards the points available.
   */
  public AreaScore rate(List<String> answerValues) {
    int maxPerQuestion =
        answers.stream()
            .map(ScaleOption::score)
            .filter(s -> s != null)
            .max(Integer::compare)
            .orElse(0);
    int points = 0;
    int unknown = 0;
    for (String value : answerValues) {
      Optional<ScaleOption> option = answer(value);
      points += option.map(ScaleOption::score).orElse(0);
      unknown += option.filter(ScaleOption::unknown).isPresent() ? 1 : 0;
    }
    int available = maxPerQuestion * answerValues.size();
    int finalPoints = points;
    int finalUnknown = unknown;
    RatingBand band =
        bands.stream()
            .filter(b -> b.qualifies(finalPoints, available, finalUnknown))
            .findFirst()
            .orElse(bands.get(bands.size() - 1));
    return new AreaScore(points, available, unknown, band);
  }

  /**
   * A rating: reached when the area scores at least {@code minPercent} of the points available and
   * has no more than {@code maxUnknown} "don't know" answers (null means any number). {@code
   * prioritise} puts areas with this rating on the list of checklists to start with.
   */
  public record RatingBand(
      String id,
      String label,
      String description,
      int minPercent,
      Integer maxUnknown,
      boolean prioritise) {

    /** Compared in whole points, so 79.9% never rounds its way into an 80% band. */
    boolean qualifies(int points, int available, int unknown) {
      boolean enoughPoints =
          available == 0 ? minPercent == 0 : points * 100L >= (long) minPercent * available;
      return enoughPoints && (maxUnknown == null || unknown <= maxUnknown);
    }
  }

  /** An area's score: the points its answers earned out of those available, and its rating. */
  public record AreaScore(int points, int available, int unknown, RatingBand band) {

    /** The score as a whole-number percentage, rounded half up, for display. */
    public int percent() {
      return available == 0 ? 0 : (int) Math.round(points * 100.0 / available);
    }
  }

  /** A set of answers with the score and rating they must produce, kept with the content. */
  public record WorkedExample(List<String> answers, int percent, String rating) {}
}

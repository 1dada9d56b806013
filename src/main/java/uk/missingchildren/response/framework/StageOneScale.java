package uk.missingchildren.response.framework;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How stage-one questions are answered and how the answers become a thematic area's rating. The
 * rating bands are checked in order; the first one an area qualifies for is its rating. {@code
 * startWith} is the most areas the report names as the checklists to start with, or null for every
 * area whose rating puts it on that list.
 */
public record StageOneScale(
    List<ScaleOption> answers,
    String ratingExplanation,
    List<RatingBand> bands,
    List<WorkedExample> workedExamples,
    Integer startWith) {

  /** A scale that lists every area its rating prioritises. */
  public StageOneScale(
      List<ScaleOption> answers,
      String ratingExplanation,
      List<RatingBand> bands,
      List<WorkedExample> workedExamples) {
    this(answers, ratingExplanation, bands, workedExamples, null);
  }

  public Optional<ScaleOption> answer(String value) {
    return answers.stream().filter(option -> option.value().equals(value)).findFirst();
  }

  /**
   * Rates one area from the answers given to its questions, none of them about a statutory duty.
   */
  public AreaScore rate(List<String> answerValues) {
    return rateAnswers(answerValues.stream().map(value -> new Given(value, false)).toList());
  }

  /**
   * Rates one area from the answers given to its questions. Answers not on the scale (there are
   * none once a benchmark is submitted) earn nothing but still count towards the points available.
   * An answer to a statutory-duty question that is not the best one leaves the duty not met.
   */
  public AreaScore rateAnswers(List<Given> given) {
    int maxPerQuestion =
        answers.stream()
            .map(ScaleOption::score)
            .filter(s -> s != null)
            .max(Integer::compare)
            .orElse(0);
    int points = 0;
    int unknown = 0;
    int dutiesNotMet = 0;
    for (Given answer : given) {
      Optional<ScaleOption> option = answer(answer.value());
      int score = option.map(ScaleOption::score).orElse(0);
      points += score;
      unknown += option.filter(ScaleOption::unknown).isPresent() ? 1 : 0;
      dutiesNotMet += answer.statutoryDuty() && score < maxPerQuestion ? 1 : 0;
    }
    int available = maxPerQuestion * given.size();
    Tally tally = new Tally(points, available, unknown, dutiesNotMet);
    RatingBand band =
        bands.stream()
            .filter(b -> b.qualifies(tally))
            .findFirst()
            .orElse(bands.get(bands.size() - 1));
    return new AreaScore(points, available, unknown, dutiesNotMet, band);
  }

  /** One answer given, and whether its question is about a statutory duty. */
  public record Given(String value, boolean statutoryDuty) {}

  /** What the bands are checked against. */
  record Tally(int points, int available, int unknown, int dutiesNotMet) {}

  /**
   * A rating: reached when the area scores at least {@code minPercent} of the points available and
   * has no more than {@code maxUnknown} "don't know" answers (null means any number), and, if
   * {@code requiresDutiesMet}, every question about a statutory duty has the best answer. {@code
   * prioritise} puts areas with this rating on the list of checklists to start with.
   */
  public record RatingBand(
      String id,
      String label,
      String description,
      int minPercent,
      Integer maxUnknown,
      boolean prioritise,
      boolean requiresDutiesMet) {

    /** A band that does not look at statutory duties. */
    public RatingBand(
        String id,
        String label,
        String description,
        int minPercent,
        Integer maxUnknown,
        boolean prioritise) {
      this(id, label, description, minPercent, maxUnknown, prioritise, false);
    }

    boolean qualifies(Tally tally) {
      return hasEnoughPoints(tally.points(), tally.available())
          && (maxUnknown == null || tally.unknown() <= maxUnknown)
          && (!requiresDutiesMet || tally.dutiesNotMet() == 0);
    }

    /** Compared in whole points, so 79.9% never rounds its way into an 80% band. */
    public boolean hasEnoughPoints(int points, int available) {
      return available == 0 ? minPercent == 0 : points * 100L >= (long) minPercent * available;
    }
  }

  /**
   * An area's score: the points its answers earned out of those available, how many were "don't
   * know", how many questions about a statutory duty had less than the best answer, and its rating.
   */
  public record AreaScore(
      int points, int available, int unknown, int dutiesNotMet, RatingBand band) {

    /** The score as a whole-number percentage, rounded half up, for display. */
    public int percent() {
      return available == 0 ? 0 : (int) Math.round(points * 100.0 / available);
    }
  }

  /**
   * A set of answers with the score and rating they must produce, kept with the content: {@code
   * answers} to questions about good practice and {@code statutoryAnswers} to questions about a
   * statutory duty.
   */
  public record WorkedExample(
      List<String> answers, List<String> statutoryAnswers, int percent, String rating) {

    public WorkedExample(List<String> answers, int percent, String rating) {
      this(answers, List.of(), percent, rating);
    }

    /** Every answer, with whether its question is about a statutory duty. */
    public List<Given> given() {
      return Stream.concat(
              answers.stream().map(value -> new Given(value, false)),
              statutoryAnswers.stream().map(value -> new Given(value, true)))
          .toList();
    }
  }
}

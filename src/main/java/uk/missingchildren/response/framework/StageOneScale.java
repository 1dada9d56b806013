package uk.missingchildren.response.framework;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * How stage-one questions are answered and how the answers become a thematic area's rating. The
 * rating bands are checked in order; the first one an area qualifies for is its rating. {@code
 * startWith} is the most areas the report names as the checklists to start with, or null for every
 * area whose rating puts it on that list. {@code unknownFlag} is what an area with a "don't know"
 * answer is marked with, and the report then lists those questions as things to find out; null
 * leaves both out. {@code spread} measures how far apart agencies' own answers are before the
 * meeting ({@link SpreadMeasure#NONE} where the version does not define it).
 */
public record StageOneScale(
    List<ScaleOption> answers,
    String ratingExplanation,
    List<RatingBand> bands,
    List<WorkedExample> workedExamples,
    Integer startWith,
    List<RankingExample> rankingExamples,
    List<Purpose> purposes,
    String unknownFlag,
    SpreadMeasure spread) {

  /** A scale that lists every area its rating prioritises. */
  public StageOneScale(
      List<ScaleOption> answers,
      String ratingExplanation,
      List<RatingBand> bands,
      List<WorkedExample> workedExamples) {
    this(answers, ratingExplanation, bands, workedExamples, null);
  }

  /** A scale with no ranking examples and no purposes. */
  public StageOneScale(
      List<ScaleOption> answers,
      String ratingExplanation,
      List<RatingBand> bands,
      List<WorkedExample> workedExamples,
      Integer startWith) {
    this(
        answers,
        ratingExplanation,
        bands,
        workedExamples,
        startWith,
        List.of(),
        List.of(),
        null,
        SpreadMeasure.NONE);
  }

  public Optional<Purpose> purpose(String id) {
    return purposes.stream().filter(purpose -> purpose.id().equals(id)).findFirst();
  }

  /**
   * Most in need of stage two first: the lower rating, then the lower score, then the more "don't
   * know" answers.
   */
  public Comparator<AreaScore> mostInNeedFirst() {
    Comparator<AreaScore> lowestRatingFirst =
        Comparator.comparingInt((AreaScore a) -> bands.indexOf(a.band())).reversed();
    Comparator<AreaScore> lowestScoreFirst =
        (a, b) ->
            Long.compare((long) a.points() * b.available(), (long) b.points() * a.available());
    return lowestRatingFirst
        .thenComparing(lowestScoreFirst)
        .thenComparing(Comparator.comparingInt(AreaScore::unknown).reversed());
  }

  /**
   * The areas to start stage two with, most in need first: those whose rating says so, at most
   * {@link #startWith()} of them.
   *
   * @param inPriorityOrder every area, already sorted by {@link #mostInNeedFirst()}
   */
  public <T> List<T> areasToStartWith(List<T> inPriorityOrder, Function<T, AreaScore> score) {
    List<T> prioritised =
        inPriorityOrder.stream().filter(area -> score.apply(area).band().prioritise()).toList();
    return startWith == null || prioritised.size() <= startWith
        ? prioritised
        : prioritised.subList(0, startWith);
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
   * One of the aims the questions serve (for example "how well prepared the area is"); the report
   * shows results by purpose as well as by area.
   */
  public record Purpose(String id, String label, String description) {}

  /**
   * Named areas with their answers, and the names of the areas the report must say to start with,
   * in order: kept with the content and checked at start-up like the worked examples.
   */
  public record RankingExample(List<ExampleArea> areas, List<String> startWith) {

    /** One area of a ranking example, with the answers to its good-practice and duty questions. */
    public record ExampleArea(String name, List<String> answers, List<String> statutoryAnswers) {

      List<Given> given() {
        return new WorkedExample(answers, statutoryAnswers, 0, null).given();
      }
    }

    /** The names of the areas to start with that the arithmetic gives. */
    public List<String> calculated(StageOneScale scale) {
      List<Map.Entry<String, AreaScore>> scored =
          areas.stream()
              .map(area -> Map.entry(area.name(), scale.rateAnswers(area.given())))
              .sorted(Map.Entry.comparingByValue(scale.mostInNeedFirst()))
              .toList();
      return scale.areasToStartWith(scored, Map.Entry::getValue).stream()
          .map(Map.Entry::getKey)
          .toList();
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

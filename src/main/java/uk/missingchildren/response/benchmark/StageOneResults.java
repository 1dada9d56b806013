package uk.missingchildren.response.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.StageOneScale;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.Theme;

/**
 * Each thematic area's score and rating from a benchmark's answers, and the order in which to take
 * the areas into stage two: the lower rating first, then the lower score, then the more "don't
 * know" answers. The arithmetic, the bands and how many areas to start with ({@code startWith},
 * null for every area its rating prioritises) come from the framework version the benchmark was
 * answered against.
 */
public record StageOneResults(
    List<AreaResult> areas, List<AreaResult> priorityOrder, StageOneScale scale) {

  static StageOneResults of(Framework framework, Map<String, Answer> answers) {
    List<AreaResult> areas =
        framework.themes().stream().map(theme -> area(framework, theme, answers)).toList();
    List<AreaResult> ordered =
        areas.stream()
            .sorted(Comparator.comparing(AreaResult::score, framework.stageOne().mostInNeedFirst()))
            .toList();
    return new StageOneResults(areas, ordered, framework.stageOne());
  }

  private static AreaResult area(Framework framework, Theme theme, Map<String, Answer> answers) {
    List<QuestionResult> questions =
        theme.questions().stream()
            .map(
                q -> {
                  Answer answer = answers.get(q.id());
                  Optional<ScaleOption> option =
                      answer == null || answer.answer() == null
                          ? Optional.empty()
                          : framework.stageOne().answer(answer.answer());
                  return new QuestionResult(q, option.orElse(null), answer);
                })
            .toList();
    AreaScore score =
        framework.stageOne().rateAnswers(questions.stream().map(QuestionResult::given).toList());
    return new AreaResult(theme, score, questions);
  }

  /**
   * The areas to start stage two with, most in need first: those whose rating says so, at most
   * {@code startWith} of them.
   */
  public List<AreaResult> priorities() {
    return scale.areasToStartWith(priorityOrder, AreaResult::score);
  }

  /**
   * Every other area: with no limit on the areas to start with, those whose rating does not
   * prioritise them, in framework order; with one, all the rest in priority order, so an area just
   * past the limit is still seen next.
   */
  public List<AreaResult> others() {
    if (scale.startWith() == null) {
      return areas.stream().filter(area -> !area.score().band().prioritise()).toList();
    }
    List<AreaResult> first = priorities();
    return priorityOrder.stream().filter(area -> !first.contains(area)).toList();
  }

  /** How many areas got each rating that any area got, in the order the framework lists ratings. */
  public List<RatingCount> countsByRating() {
    Map<String, Long> counts =
        areas.stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    a -> a.score().band().id(), java.util.stream.Collectors.counting()));
    return areas.stream()
        .map(a -> a.score().band())
        .distinct()
        .sorted(Comparator.comparingInt(band -> -band.minPercent()))
        .map(band -> new RatingCount(band.id(), band.label(), counts.get(band.id())))
        .toList();
  }

  /** The number of areas with one rating. */
  public record RatingCount(String id, String label, long areas) {}

  /** One area's result, with the answers that led to it. */
  public record AreaResult(Theme theme, AreaScore score, List<QuestionResult> questions) {}

  /** One question with the option chosen (null if unanswered) and what was recorded. */
  public record QuestionResult(Question question, ScaleOption option, Answer answer) {

    public String notes() {
      return answer == null ? null : answer.notes();
    }

    /** The answer as the rating arithmetic takes it ("" when there is none). */
    public StageOneScale.Given given() {
      return new StageOneScale.Given(
          option == null ? "" : option.value(), question.statutoryDuty());
    }

    public String actionsArising() {
      return answer == null ? null : answer.actionsArising();
    }
  }
}

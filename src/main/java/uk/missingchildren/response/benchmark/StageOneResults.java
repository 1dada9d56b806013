package uk.missingchildren.response.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.Theme;

/**
 * Each thematic area's score and rating from a benchmark's answers, and the order in which to take
 * the areas into stage two. The arithmetic and the bands come from the framework version the
 * benchmark was answered against.
 */
public record StageOneResults(List<AreaResult> areas, List<AreaResult> priorityOrder) {

  static StageOneResults of(Framework framework, Map<String, Answer> answers) {
    List<AreaResult> areas =
        framework.themes().stream().map(theme -> area(framework, theme, answers)).toList();
    Comparator<AreaResult> lowestScoreFirst =
        (a, b) ->
            Long.compare(
                (long) a.score().points() * b.score().available(),
                (long) b.score().points() * a.score().available());
    List<AreaResult> ordered =
        areas.stream()
            .sorted(
                lowestScoreFirst.thenComparing(
                    Comparator.comparingInt((AreaResult a) -> a.score().unknown()).reversed()))
            .toList();
    return new StageOneResults(areas, ordered);
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
        framework
            .stageOne()
            .rate(
                questions.stream().map(q -> q.option() == null ? "" : q.option().value()).toList());
    return new AreaResult(theme, score, questions);
  }

  /** The areas whose rating says to start stage two there, most in need first. */
  public List<AreaResult> priorities() {
    return priorityOrder.stream().filter(area -> area.score().band().prioritise()).toList();
  }

  /** The areas whose rating does not put them on the priority list, in framework order. */
  public List<AreaResult> others() {
    return areas.stream().filter(area -> !area.score().band().prioritise()).toList();
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

    public String actionsArising() {
      return answer == null ? null : answer.actionsArising();
    }
  }
}

package uk.missingchildren.response.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.BenchmarkView;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * What the partnership's latest submitted stage-one benchmark wrote down as actions arising for one
 * area's questions, so a checklist review can turn them into actions. Reads through {@link
 * BenchmarkService}, which checks the partnership.
 */
@Service
class StageOneActionsArising {

  private final BenchmarkService benchmarks;

  StageOneActionsArising(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  /** Empty when the partnership has no submitted benchmark. */
  Optional<Found> latest(PartnershipContext context, String themeId) {
    return benchmarks.history(context).stream()
        .map(BenchmarkSummary::benchmark)
        .filter(benchmark -> benchmark.submitted())
        .findFirst()
        .map(benchmark -> found(benchmarks.view(context, benchmark.id()), themeId));
  }

  private static Found found(BenchmarkView view, String themeId) {
    List<Arising> arising =
        view.framework().questions().stream()
            .filter(question -> question.themeId().equals(themeId))
            .flatMap(
                question ->
                    view
                        .answer(question.id())
                        .map(answer -> answer.actionsArising())
                        .filter(text -> text != null && !text.isBlank())
                        .map(text -> new Arising(question, text))
                        .stream())
            .toList();
    return new Found(view.benchmark().id(), view.benchmark().meetingDate(), arising);
  }

  /** The benchmark the actions arising come from, and those for the area's questions, in order. */
  record Found(UUID benchmarkId, LocalDate meetingDate, List<Arising> arising) {

    Optional<Arising> forQuestion(String questionId) {
      return arising.stream().filter(a -> a.question().id().equals(questionId)).findFirst();
    }
  }

  /** One question's actions arising, as the meeting wrote them. */
  record Arising(Question question, String text) {}
}

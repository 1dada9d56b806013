package uk.missingchildren.response.benchmark;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The actions arising written in the partnership's stage-one meetings, submitted or still in
 * progress, for the action plan to propose. Three queries, however many meetings there were.
 */
@Service
public class ActionsArisingService {

  private final Benchmarks benchmarks;
  private final Answers answers;
  private final BenchmarkRecords records;
  private final Accounts accounts;

  ActionsArisingService(
      Benchmarks benchmarks, Answers answers, BenchmarkRecords records, Accounts accounts) {
    this.benchmarks = benchmarks;
    this.answers = answers;
    this.records = records;
    this.accounts = accounts;
  }

  /** Newest meeting first, then in the order the questions are asked. */
  @Transactional(readOnly = true)
  public List<WrittenActionsArising> written(PartnershipContext context) {
    List<Benchmark> all =
        benchmarks.findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
            context.partnershipId());
    if (all.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Answer>> withActions =
        answers.findByBenchmarkIdIn(all.stream().map(Benchmark::id).toList()).stream()
            .filter(answer -> present(answer.actionsArising()))
            .collect(Collectors.groupingBy(Answer::benchmarkId));
    Map<UUID, String> names = names(withActions);
    return all.stream()
        .filter(benchmark -> withActions.containsKey(benchmark.id()))
        .flatMap(benchmark -> written(benchmark, withActions.get(benchmark.id()), names).stream())
        .toList();
  }

  private List<WrittenActionsArising> written(
      Benchmark benchmark, List<Answer> withActions, Map<UUID, String> names) {
    BenchmarkView view =
        new BenchmarkView(
            benchmark,
            records.framework(benchmark),
            List.of(),
            withActions.stream()
                .collect(Collectors.toMap(Answer::questionId, Function.identity())));
    // A question no longer in the benchmark's version cannot be worded, so is not proposed.
    return withActions.stream()
        .filter(answer -> view.question(answer.questionId()).isPresent())
        .map(
            answer -> {
              var question = view.question(answer.questionId()).orElseThrow();
              return new WrittenActionsArising(
                  benchmark.id(),
                  benchmark.meetingDate(),
                  benchmark.submitted(),
                  question,
                  view.number(question),
                  view.themeOf(question),
                  view.answerLabel(question.id()),
                  answer.actionsArising().strip(),
                  answer.updatedBy() == null ? null : names.get(answer.updatedBy()),
                  answer.updatedAt());
            })
        .sorted(Comparator.comparingInt(WrittenActionsArising::number))
        .toList();
  }

  private Map<UUID, String> names(Map<UUID, List<Answer>> withActions) {
    List<UUID> ids =
        withActions.values().stream()
            .flatMap(List::stream)
            .map(Answer::updatedBy)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return ids.isEmpty()
        ? Map.of()
        : accounts.findAllById(ids).stream()
            .collect(Collectors.toMap(Account::id, Account::displayName));
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}

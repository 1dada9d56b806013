package uk.missingchildren.response.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * The actions arising written in the partnership's stage-one meetings, submitted or still in
 * progress, for the action plan to propose. One query for them all, and one more for the names of
 * who wrote them.
 */
@Service
public class ActionsArisingService {

  private final Answers answers;
  private final BenchmarkRecords records;
  private final Accounts accounts;

  ActionsArisingService(Answers answers, BenchmarkRecords records, Accounts accounts) {
    this.answers = answers;
    this.records = records;
    this.accounts = accounts;
  }

  /** Newest meeting first, then in the order the questions are asked; with who wrote each. */
  @Transactional(readOnly = true)
  public List<WrittenActionsArising> written(PartnershipContext context) {
    List<Object[]> found = answers.findWithActionsArising(context.partnershipId());
    return written(found, names(found));
  }

  /**
   * The same, without the names of who wrote them (one query fewer): for pages that only count
   * them.
   */
  @Transactional(readOnly = true)
  public List<WrittenActionsArising> writtenWithoutNames(PartnershipContext context) {
    return written(answers.findWithActionsArising(context.partnershipId()), Map.of());
  }

  private List<WrittenActionsArising> written(List<Object[]> found, Map<UUID, String> names) {
    Map<Benchmark, List<Answer>> byBenchmark = new LinkedHashMap<>();
    for (Object[] row : found) {
      byBenchmark.computeIfAbsent((Benchmark) row[1], b -> new ArrayList<>()).add((Answer) row[0]);
    }
    return byBenchmark.entrySet().stream()
        .flatMap(entry -> written(entry.getKey(), entry.getValue(), names).stream())
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
    List<WrittenActionsArising> written = new ArrayList<>();
    // A question no longer in the benchmark's version cannot be worded, so is not proposed.
    for (Question question : view.framework().questions()) {
      view.answer(question.id())
          .ifPresent(
              answer ->
                  written.add(
                      new WrittenActionsArising(
                          benchmark.id(),
                          benchmark.meetingDate(),
                          benchmark.submitted(),
                          question,
                          view.number(question),
                          view.themeOf(question),
                          view.answerLabel(question.id()),
                          answer.actionsArising().strip(),
                          answer.updatedBy() == null ? null : names.get(answer.updatedBy()),
                          answer.updatedAt())));
    }
    return written;
  }

  private Map<UUID, String> names(List<Object[]> found) {
    return accounts.displayNames(found.stream().map(row -> ((Answer) row[0]).updatedBy()).toList());
  }
}

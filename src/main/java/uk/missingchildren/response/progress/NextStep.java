package uk.missingchildren.response.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.LatestBenchmarks;
import uk.missingchildren.response.review.ChecklistNextStep;

/**
 * One thing the partnership could do next, for the "What to do next" panel on its home page.
 *
 * @param messageKey the words, "dashboard.next.KIND" (or the checklist step's own key)
 * @param arguments what the words need, in order
 * @param href where it is done
 */
public record NextStep(String messageKey, List<Object> arguments, String href) {

  /**
   * What to do next, most pressing first, from where the partnership is: finish the benchmark in
   * progress (or start the first), decide the actions proposed at stage one, start or continue the
   * first priority checklist not yet done, and deal with overdue actions. When none of these is
   * waiting, the panel says so rather than staying empty.
   *
   * @param checklist the first priority area whose checklist is not done, if any
   */
  static List<NextStep> of(
      UUID partnershipId,
      Function<LocalDate, String> day,
      LatestBenchmarks benchmarks,
      Optional<ChecklistNextStep> checklist,
      long proposed,
      long overdue) {
    String home = "/partnerships/" + partnershipId;
    List<NextStep> steps = new ArrayList<>();
    BenchmarkSummary inProgress = benchmarks.inProgress();
    if (benchmarks.newest() == null) {
      steps.add(
          new NextStep("dashboard.next.START_BENCHMARK", List.of(), home + "/benchmarks/new"));
    } else if (inProgress != null) {
      steps.add(
          new NextStep(
              "dashboard.next.CONTINUE_BENCHMARK",
              List.of(
                  day.apply(inProgress.benchmark().meetingDate()),
                  inProgress.answered(),
                  inProgress.questions()),
              home + "/benchmarks/" + inProgress.benchmark().id()));
    }
    if (proposed > 0) {
      steps.add(
          new NextStep(
              "dashboard.next.DECIDE_PROPOSED",
              List.of(proposed),
              home + "/actions?status=PROPOSED#proposed"));
    }
    checklist.ifPresent(
        step ->
            steps.add(
                new NextStep(
                    step.messageKey(), List.of(step.theme().title(), step.round()), step.href())));
    if (overdue > 0) {
      steps.add(
          new NextStep(
              "dashboard.next.OVERDUE", List.of(overdue), home + "/actions?status=OVERDUE"));
    }
    if (steps.isEmpty()) {
      steps.add(new NextStep("dashboard.next.NOTHING", List.of(), home + "/follow-ups"));
    }
    return List.copyOf(steps);
  }

  /** The arguments as the message source takes them. */
  public Object[] argumentArray() {
    return arguments.toArray();
  }

  /** The first priority area whose checklist has not been completed: the one to work on next. */
  static Optional<ChecklistNextStep> firstUnfinished(List<ChecklistNextStep> priorities) {
    return priorities.stream()
        .filter(step -> step.kind() != ChecklistNextStep.Kind.NEXT_ROUND)
        .findFirst();
  }
}

package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import uk.missingchildren.response.benchmark.Benchmark;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.LatestBenchmarks;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkLoader;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.review.ChecklistNextStep;
import uk.missingchildren.response.review.ChecklistNextStep.Kind;

/** The rules of the home page's "What to do next" panel, most pressing first. */
class NextStepTest {

  private static final FrameworkLoader PUBLISHED =
      new FrameworkLoader(new DefaultResourceLoader(), "classpath:framework/");
  private final Framework framework = PUBLISHED.load(PUBLISHED.index().current());
  private final Theme returnInterviews = framework.theme("return-home-interviews").orElseThrow();
  private final Theme protocol = framework.themes().get(0);
  private final UUID partnership = UUID.randomUUID();
  private final String home = "/partnerships/" + partnership;

  @Test
  void aNewPartnership_startsItsFirstBenchmark() {
    assertThat(keys(steps(new LatestBenchmarks(null, null, 0), Optional.empty(), 0, 0)))
        .containsExactly("dashboard.next.START_BENCHMARK");
  }

  @Test
  void aBenchmarkInProgress_comesFirst_withHowFarItHasGot() {
    BenchmarkSummary inProgress = summary(false, 12);
    List<NextStep> steps = steps(new LatestBenchmarks(inProgress, null, 0), Optional.empty(), 2, 0);

    assertThat(keys(steps))
        .containsExactly("dashboard.next.CONTINUE_BENCHMARK", "dashboard.next.DECIDE_PROPOSED");
    assertThat(steps.get(0).arguments()).containsExactly("2 November 2026", 12L, 26);
    assertThat(steps.get(0).href()).isEqualTo(home + "/benchmarks/" + inProgress.benchmark().id());
    assertThat(steps.get(1).href()).isEqualTo(home + "/actions?status=PROPOSED#proposed");
  }

  @Test
  void afterStageOne_proposedActionsThenThePriorityChecklistThenOverdueActions() {
    BenchmarkSummary submitted = summary(true, 26);
    ChecklistNextStep start =
        new ChecklistNextStep(returnInterviews, Kind.START, home + "/checklists/x/reviews/new", 1);

    List<NextStep> steps =
        steps(new LatestBenchmarks(submitted, submitted, 1), Optional.of(start), 3, 4);

    assertThat(keys(steps))
        .containsExactly(
            "dashboard.next.DECIDE_PROPOSED", "review.next.START", "dashboard.next.OVERDUE");
    assertThat(steps.get(1).arguments()).containsExactly(returnInterviews.title(), 1);
    assertThat(steps.get(1).href()).isEqualTo(start.href());
    assertThat(steps.get(2).arguments()).containsExactly(4L);
  }

  @Test
  void withNothingWaiting_thePanelSaysSo_ratherThanStayingEmpty() {
    BenchmarkSummary submitted = summary(true, 26);
    assertThat(keys(steps(new LatestBenchmarks(submitted, submitted, 1), Optional.empty(), 0, 0)))
        .containsExactly("dashboard.next.NOTHING");
  }

  @Test
  void theChecklistToWorkOnNext_isTheFirstPriorityNotYetDone() {
    ChecklistNextStep done = new ChecklistNextStep(protocol, Kind.NEXT_ROUND, "/a", 2);
    ChecklistNextStep inProgress = new ChecklistNextStep(returnInterviews, Kind.CONTINUE, "/b", 1);

    assertThat(NextStep.firstUnfinished(List.of(done, inProgress))).contains(inProgress);
    assertThat(NextStep.firstUnfinished(List.of(done))).isEmpty();
  }

  private List<NextStep> steps(
      LatestBenchmarks latest, Optional<ChecklistNextStep> checklist, long proposed, long overdue) {
    return NextStep.of(
        partnership,
        day -> day.equals(LocalDate.of(2026, 11, 2)) ? "2 November 2026" : day.toString(),
        latest,
        checklist,
        proposed,
        overdue);
  }

  private static BenchmarkSummary summary(boolean submitted, long answered) {
    Benchmark benchmark = mock(Benchmark.class);
    when(benchmark.id()).thenReturn(UUID.randomUUID());
    when(benchmark.submitted()).thenReturn(submitted);
    when(benchmark.meetingDate()).thenReturn(LocalDate.of(2026, 11, 2));
    return new BenchmarkSummary(benchmark, answered, 26, null);
  }

  private static List<String> keys(List<NextStep> steps) {
    return steps.stream().map(NextStep::messageKey).toList();
  }
}

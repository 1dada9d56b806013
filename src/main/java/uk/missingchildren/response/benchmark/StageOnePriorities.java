package uk.missingchildren.response.benchmark;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.StartingPriorities;

/** The priorities of the partnership's latest submitted benchmark, for the checklists page. */
@Component
class StageOnePriorities implements StartingPriorities {

  private final BenchmarkService benchmarks;

  StageOnePriorities(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @Override
  public List<Theme> latest(PartnershipContext context) {
    return Optional.ofNullable(benchmarks.latest(context).latestSubmitted())
        .map(BenchmarkSummary::results)
        .map(
            results ->
                results.priorities().stream().map(StageOneResults.AreaResult::theme).toList())
        .orElse(List.of());
  }
}

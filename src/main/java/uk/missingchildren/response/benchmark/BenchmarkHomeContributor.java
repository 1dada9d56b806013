package uk.missingchildren.response.benchmark;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipHomeContributor;

/** Puts the latest benchmark (or null, if there is none yet) on the partnership's home page. */
@Component
class BenchmarkHomeContributor implements PartnershipHomeContributor {

  private final BenchmarkService benchmarks;

  BenchmarkHomeContributor(BenchmarkService benchmarks) {
    this.benchmarks = benchmarks;
  }

  @Override
  public void contribute(PartnershipContext context, Model model) {
    model.addAttribute("latestBenchmark", benchmarks.history(context).stream().findFirst().orElse(null));
  }
}

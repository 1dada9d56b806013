package uk.missingchildren.response.benchmark;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Loads a benchmark only within the partnership in the context, so an id from another partnership
 * is simply not found. Shared by the services of this feature; not used outside it.
 */
@Component
class BenchmarkRecords {

  private final Benchmarks benchmarks;
  private final Attendees attendees;
  private final Answers answers;
  private final FrameworkCatalogue catalogue;

  BenchmarkRecords(
      Benchmarks benchmarks, Attendees attendees, Answers answers, FrameworkCatalogue catalogue) {
    this.benchmarks = benchmarks;
    this.attendees = attendees;
    this.answers = answers;
    this.catalogue = catalogue;
  }

  Benchmark benchmark(PartnershipContext context, UUID benchmarkId) {
    if (benchmarkId == null) {
      throw new BenchmarkNotFoundException();
    }
    return benchmarks
        .findByIdAndPartnershipId(benchmarkId, context.partnershipId())
        .orElseThrow(BenchmarkNotFoundException::new);
  }

  Framework framework(Benchmark benchmark) {
    // A published version is never removed, so this fails only if content was deleted by hand.
    return catalogue
        .version(benchmark.frameworkVersion())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Framework " + benchmark.frameworkVersion() + " is no longer published"));
  }

  BenchmarkView view(Benchmark benchmark) {
    Map<String, Answer> byQuestion =
        answers.findByBenchmarkId(benchmark.id()).stream()
            .collect(Collectors.toMap(Answer::questionId, Function.identity()));
    return new BenchmarkView(
        benchmark,
        framework(benchmark),
        attendees.findByBenchmarkIdOrderByAddedAtAscIdAsc(benchmark.id()),
        byQuestion);
  }

  /** The benchmark this one started from, or null: one more read, so only for pages showing it. */
  StartedFrom startedFrom(PartnershipContext context, Benchmark benchmark) {
    if (benchmark.startedFrom() == null) {
      return null;
    }
    return benchmarks
        .findByIdAndPartnershipId(benchmark.startedFrom(), context.partnershipId())
        .filter(earlier -> catalogue.version(earlier.frameworkVersion()).isPresent())
        .map(
            earlier ->
                new StartedFrom(
                    earlier.meetingDate(),
                    earlier.frameworkVersion(),
                    catalogue.changes(earlier.frameworkVersion(), benchmark.frameworkVersion())))
        .orElse(null);
  }

  static AuditEvent.Actor actor(PartnershipContext context) {
    return new AuditEvent.Actor(context.accountId(), context.email());
  }
}

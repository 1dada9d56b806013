package uk.missingchildren.response.benchmark;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.agencyviews.ViewsSubject;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.meeting.MeetingDetails;
import uk.missingchildren.response.meeting.MeetingDetailsForm;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.time.UkTime;

/** Starting, submitting and reopening benchmarks, their meeting details, and the history list. */
@Service
public class BenchmarkService {

  private final Benchmarks benchmarks;
  private final Answers answers;
  private final BenchmarkRecords records;
  private final FrameworkCatalogue catalogue;
  private final AuditLog audit;
  private final Clock clock;
  private final BenchmarkViewsMeeting viewsMeeting;

  BenchmarkService(
      Benchmarks benchmarks,
      Answers answers,
      BenchmarkRecords records,
      FrameworkCatalogue catalogue,
      AuditLog audit,
      Clock clock,
      BenchmarkViewsMeeting viewsMeeting) {
    this.viewsMeeting = viewsMeeting;
    this.benchmarks = benchmarks;
    this.answers = answers;
    this.records = records;
    this.catalogue = catalogue;
    this.audit = audit;
    this.clock = clock;
  }

  /** The benchmark of a view already read, as the agencies' views see it; reads nothing. */
  public ViewsSubject viewsSubject(PartnershipContext context, BenchmarkView view) {
    return viewsMeeting.subjectOf(context, view);
  }

  /** Today in the UK, for checking meeting dates. */
  @CheckedWithoutContext("reads only the clock")
  public LocalDate today() {
    return UkTime.today(clock);
  }

  /**
   * Every benchmark of the partnership, newest meeting first, with the results of those that have
   * been submitted.
   */
  @Transactional(readOnly = true)
  public List<BenchmarkSummary> history(PartnershipContext context) {
    return summaries(
        benchmarks.findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
            context.partnershipId()));
  }

  /**
   * Every submitted benchmark with its results, oldest meeting first: the rounds a partnership can
   * compare and chart. Two queries, however many rounds there are.
   */
  @Transactional(readOnly = true)
  public List<BenchmarkSummary> submittedRounds(PartnershipContext context) {
    return summaries(
        benchmarks.findByPartnershipIdAndStatusOrderByDetailsMeetingDateAscCreatedAtAsc(
            context.partnershipId(), BenchmarkStatus.SUBMITTED));
  }

  /**
   * The newest {@code count} submitted benchmarks with their results, newest meeting first: what
   * another view needs to show the latest ratings and how they changed, reading only those rounds'
   * answers however long the history.
   */
  @Transactional(readOnly = true)
  public List<BenchmarkSummary> recentSubmitted(PartnershipContext context, int count) {
    return summaries(
        benchmarks.findByPartnershipIdAndStatusOrderByDetailsMeetingDateDescCreatedAtDesc(
            context.partnershipId(), BenchmarkStatus.SUBMITTED, Limit.of(count)));
  }

  /** How many benchmarks the partnership has submitted: one count, no answers read. */
  @Transactional(readOnly = true)
  public long submittedCount(PartnershipContext context) {
    return benchmarks.countByPartnershipIdAndStatus(
        context.partnershipId(), BenchmarkStatus.SUBMITTED);
  }

  /**
   * The newest benchmark, whatever its status, and the newest submitted one (the same one when the
   * newest has been submitted), each with its results: what the partnership's home page shows.
   * Reads only those two benchmarks' answers, never the whole history, and counts the submitted
   * ones.
   */
  @Transactional(readOnly = true)
  public LatestBenchmarks latest(PartnershipContext context) {
    Optional<BenchmarkSummary> newest =
        benchmarks
            .findFirstByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
                context.partnershipId())
            .map(benchmark -> summaries(List.of(benchmark)).get(0));
    if (newest.isEmpty()) {
      return new LatestBenchmarks(null, null, 0);
    }
    long submittedCount =
        benchmarks.countByPartnershipIdAndStatus(
            context.partnershipId(), BenchmarkStatus.SUBMITTED);
    if (newest.get().benchmark().submitted()) {
      return new LatestBenchmarks(newest.get(), newest.get(), submittedCount);
    }
    BenchmarkSummary submitted =
        submittedCount == 0
            ? null
            : benchmarks
                .findFirstByPartnershipIdAndStatusOrderByDetailsMeetingDateDescCreatedAtDesc(
                    context.partnershipId(), BenchmarkStatus.SUBMITTED)
                .map(benchmark -> summaries(List.of(benchmark)).get(0))
                .orElse(null);
    return new LatestBenchmarks(newest.get(), submitted, submittedCount);
  }

  /**
   * The benchmarks with their progress, and the results of those submitted; one query for all
   * answers.
   */
  private List<BenchmarkSummary> summaries(List<Benchmark> all) {
    if (all.isEmpty()) {
      return List.of();
    }
    Map<UUID, List<Answer>> answersByBenchmark =
        answers.findByBenchmarkIdIn(all.stream().map(Benchmark::id).toList()).stream()
            .collect(Collectors.groupingBy(Answer::benchmarkId));
    return all.stream()
        .map(
            benchmark -> {
              Framework framework = records.framework(benchmark);
              Map<String, Answer> byQuestion =
                  answersByBenchmark.getOrDefault(benchmark.id(), List.of()).stream()
                      .collect(Collectors.toMap(Answer::questionId, Function.identity()));
              BenchmarkView view = new BenchmarkView(benchmark, framework, List.of(), byQuestion);
              return new BenchmarkSummary(
                  benchmark,
                  view.answeredCount(),
                  view.questionCount(),
                  benchmark.submitted() ? view.results() : null);
            })
        .toList();
  }

  @Transactional
  public UUID start(PartnershipContext context, StartBenchmarkForm form) {
    return startOn(context, form, catalogue.current().version());
  }

  /**
   * Starts a benchmark on a given framework version rather than the current one: for records of
   * meetings held before the current version was published, such as the demonstration's history.
   */
  @Transactional
  public UUID startOn(PartnershipContext context, StartBenchmarkForm form, String version) {
    context.requireEditor();
    Benchmark previous =
        form.previousBenchmark() == null
            ? null
            : records.benchmark(context, form.previousBenchmark());
    Framework framework =
        catalogue
            .version(version)
            .orElseThrow(() -> new IllegalArgumentException("No framework version " + version));
    Benchmark benchmark =
        benchmarks.save(
            new Benchmark(
                context.partnershipId(),
                framework.version(),
                form.details(),
                previous == null ? null : previous.id(),
                context.accountId(),
                clock.instant()));
    if (previous != null) {
      copyAnswers(previous, benchmark, framework, context);
    }
    audit.record(
        BenchmarkRecords.actor(context),
        context.partnershipId(),
        "BENCHMARK_STARTED",
        describe(benchmark),
        previous == null
            ? "framework " + framework.version()
            : "framework "
                + framework.version()
                + ", starting from the benchmark of "
                + previous.meetingDate());
    return benchmark.id();
  }

  /**
   * Carries over answers and notes as a starting point, for questions that are still asked in the
   * current framework. Actions arising are not carried: they belong to the meeting that raised
   * them.
   */
  private void copyAnswers(
      Benchmark previous, Benchmark benchmark, Framework framework, PartnershipContext context) {
    for (Answer old : answers.findByBenchmarkId(previous.id())) {
      if (framework.questions().stream().anyMatch(q -> q.id().equals(old.questionId()))) {
        Answer copy = new Answer(benchmark.id(), old.questionId());
        copy.record(
            new AnswerDraft(old.answer(), old.notes(), null), context.accountId(), clock.instant());
        answers.save(copy);
      }
    }
  }

  @Transactional(readOnly = true)
  public BenchmarkView view(PartnershipContext context, UUID benchmarkId) {
    return records.view(records.benchmark(context, benchmarkId));
  }

  /** The earlier benchmark this one started from, and what changed since; null if none. */
  @Transactional(readOnly = true)
  public StartedFrom startedFrom(PartnershipContext context, BenchmarkView view) {
    return records.startedFrom(context, view.benchmark());
  }

  @Transactional
  public void changeDetails(PartnershipContext context, UUID benchmarkId, MeetingDetailsForm form) {
    context.requireEditor();
    Benchmark benchmark = records.benchmark(context, benchmarkId);
    benchmark.requireInProgress();
    MeetingDetails before = benchmark.details();
    benchmark.change(form.details());
    if (!before.equals(benchmark.details())) {
      audit.record(
          BenchmarkRecords.actor(context),
          context.partnershipId(),
          "BENCHMARK_DETAILS_CHANGED",
          describe(benchmark),
          before.describe() + " -> " + benchmark.details().describe());
    }
  }

  /**
   * @throws BenchmarkIncompleteException naming the questions still without an answer
   */
  @Transactional
  public void submit(PartnershipContext context, UUID benchmarkId) {
    context.requireEditor();
    Benchmark benchmark = records.benchmark(context, benchmarkId);
    boolean resubmission = benchmark.changesAreAudited();
    benchmark.submit(records.view(benchmark).unanswered(), context.accountId(), clock.instant());
    audit.record(
        BenchmarkRecords.actor(context),
        context.partnershipId(),
        resubmission ? "BENCHMARK_RESUBMITTED" : "BENCHMARK_SUBMITTED",
        describe(benchmark),
        null);
  }

  /** Coordinators only: lets answers change again; every change from now on is audited. */
  @Transactional
  public void reopen(PartnershipContext context, UUID benchmarkId) {
    context.requireCoordinator();
    Benchmark benchmark = records.benchmark(context, benchmarkId);
    benchmark.reopen();
    audit.record(
        BenchmarkRecords.actor(context),
        context.partnershipId(),
        "BENCHMARK_REOPENED",
        describe(benchmark),
        null);
  }

  static String describe(Benchmark benchmark) {
    return "Benchmark of " + benchmark.meetingDate();
  }
}

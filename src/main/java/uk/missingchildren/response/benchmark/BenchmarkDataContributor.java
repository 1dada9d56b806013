package uk.missingchildren.response.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipDataContributor;

/**
 * Every benchmark of the partnership for its data export, oldest meeting first: the meeting
 * details, who was there, and every answer with its notes and actions arising.
 */
@Component
@Order(10)
class BenchmarkDataContributor implements PartnershipDataContributor {

  private final Benchmarks benchmarks;
  private final Answers answers;
  private final Attendees attendees;

  BenchmarkDataContributor(Benchmarks benchmarks, Answers answers, Attendees attendees) {
    this.benchmarks = benchmarks;
    this.answers = answers;
    this.attendees = attendees;
  }

  @Override
  public String section() {
    return "benchmarks";
  }

  @Override
  public List<BenchmarkData> export(PartnershipContext context) {
    List<Benchmark> all =
        new ArrayList<>(
            benchmarks.findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
                context.partnershipId()));
    Collections.reverse(all);
    List<UUID> ids = all.stream().map(Benchmark::id).toList();
    Map<UUID, List<Answer>> answersOf =
        answers.findByBenchmarkIdIn(ids).stream()
            .sorted(Comparator.comparing(Answer::questionId))
            .collect(Collectors.groupingBy(Answer::benchmarkId));
    Map<UUID, List<Attendee>> attendeesOf =
        attendees.findByBenchmarkIdInOrderByAddedAtAscIdAsc(ids).stream()
            .collect(Collectors.groupingBy(Attendee::benchmarkId));
    return all.stream()
        .map(
            benchmark ->
                new BenchmarkData(
                    benchmark.id(),
                    benchmark.frameworkVersion(),
                    benchmark.status().name(),
                    benchmark.meetingDate(),
                    benchmark.facilitator(),
                    benchmark.noteTaker(),
                    benchmark.startedFrom(),
                    benchmark.createdAt(),
                    benchmark.submittedAt(),
                    benchmark.firstSubmittedAt(),
                    attendeesOf.getOrDefault(benchmark.id(), List.of()).stream()
                        .map(
                            a ->
                                new AttendeeData(
                                    a.id(), a.name(), a.agency(), a.role(), a.addedAt()))
                        .toList(),
                    answersOf.getOrDefault(benchmark.id(), List.of()).stream()
                        .map(
                            a ->
                                new AnswerData(
                                    a.id(),
                                    a.questionId(),
                                    a.answer(),
                                    a.notes(),
                                    a.actionsArising(),
                                    a.revision(),
                                    a.updatedAt()))
                        .toList()))
        .toList();
  }

  /**
   * {@code status} is IN_PROGRESS or SUBMITTED; {@code startedFrom} the benchmark whose answers it
   * copied, if any.
   */
  record BenchmarkData(
      UUID id,
      String frameworkVersion,
      String status,
      LocalDate meetingDate,
      String facilitator,
      String noteTaker,
      UUID startedFrom,
      Instant createdAt,
      Instant submittedAt,
      Instant firstSubmittedAt,
      List<AttendeeData> attendees,
      List<AnswerData> answers) {}

  record AttendeeData(UUID id, String name, Agency agency, String role, Instant addedAt) {}

  /** {@code answer} is the answer scale's value ("yes", "partly", …), null while unanswered. */
  record AnswerData(
      UUID id,
      String questionId,
      String answer,
      String notes,
      String actionsArising,
      Integer revision,
      Instant updatedAt) {}
}

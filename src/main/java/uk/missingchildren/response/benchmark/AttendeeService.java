package uk.missingchildren.response.benchmark;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.PartnershipContext;

/** Who is at a benchmarking meeting; people can be added and corrected while it is in progress. */
@Service
public class AttendeeService {

  private final Attendees attendees;
  private final BenchmarkRecords records;
  private final AuditLog audit;
  private final Clock clock;

  AttendeeService(Attendees attendees, BenchmarkRecords records, AuditLog audit, Clock clock) {
    this.attendees = attendees;
    this.records = records;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Attendee attendee(PartnershipContext context, UUID benchmarkId, UUID attendeeId) {
    return find(records.benchmark(context, benchmarkId), attendeeId);
  }

  @Transactional
  public Attendee add(PartnershipContext context, UUID benchmarkId, AttendeeForm form) {
    context.requireEditor();
    Benchmark benchmark = records.benchmark(context, benchmarkId);
    benchmark.requireInProgress();
    Attendee attendee = attendees.save(
        new Attendee(benchmark.id(), form.cleanName(), form.getAgency(), form.cleanRole(), clock.instant()));
    record(context, "BENCHMARK_ATTENDEE_ADDED", benchmark, attendee.describe());
    return attendee;
  }

  @Transactional
  public void change(PartnershipContext context, UUID benchmarkId, UUID attendeeId, AttendeeForm form) {
    context.requireEditor();
    Benchmark benchmark = records.benchmark(context, benchmarkId);
    Attendee attendee = find(benchmark, attendeeId);
    benchmark.requireInProgress();
    String before = attendee.describe();
    attendee.change(form.cleanName(), form.getAgency(), form.cleanRole());
    record(context, "BENCHMARK_ATTENDEE_CHANGED", benchmark, before + " -> " + attendee.describe());
  }

  /**
   * Removes an attendee and returns their name, for the confirmation; empty if they had already
   * been removed, as when the button is pressed twice.
   */
  @Transactional
  public Optional<String> remove(PartnershipContext context, UUID benchmarkId, UUID attendeeId) {
    context.requireEditor();
    Benchmark benchmark = records.benchmark(context, benchmarkId);
    benchmark.requireInProgress();
    return attendees.findByIdAndBenchmarkId(attendeeId, benchmark.id()).map(attendee -> {
      attendees.delete(attendee);
      record(context, "BENCHMARK_ATTENDEE_REMOVED", benchmark, attendee.describe());
      return attendee.name();
    });
  }

  private Attendee find(Benchmark benchmark, UUID attendeeId) {
    if (attendeeId == null) {
      throw new BenchmarkNotFoundException();
    }
    return attendees.findByIdAndBenchmarkId(attendeeId, benchmark.id()).orElseThrow(BenchmarkNotFoundException::new);
  }

  private void record(PartnershipContext context, String action, Benchmark benchmark, String details) {
    audit.record(BenchmarkRecords.actor(context), context.partnershipId(), action,
        BenchmarkService.describe(benchmark), details);
  }
}

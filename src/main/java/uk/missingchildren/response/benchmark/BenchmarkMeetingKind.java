package uk.missingchildren.response.benchmark;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.meeting.AttendeesPage;
import uk.missingchildren.response.meeting.MeetingAttendee;
import uk.missingchildren.response.meeting.MeetingKind;
import uk.missingchildren.response.meeting.MeetingNow;
import uk.missingchildren.response.meeting.OpenMeeting;
import uk.missingchildren.response.meeting.PastMeeting;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/** A stage-one benchmarking meeting, as the shared meeting pages see it. */
@Component
class BenchmarkMeetingKind implements MeetingKind {

  private final BenchmarkRecords records;
  private final Attendees attendees;
  private final DisplayDates dates;
  private final Benchmarks benchmarks;
  private final BenchmarkNow now;

  BenchmarkMeetingKind(
      BenchmarkRecords records,
      Attendees attendees,
      DisplayDates dates,
      Benchmarks benchmarks,
      BenchmarkNow now) {
    this.benchmarks = benchmarks;
    this.now = now;
    this.records = records;
    this.attendees = attendees;
    this.dates = dates;
  }

  @Override
  public String pathSegment() {
    return "benchmarks";
  }

  @Override
  public String auditPrefix() {
    return "BENCHMARK";
  }

  @Override
  public OpenMeeting openForChanges(PartnershipContext context, UUID meetingId) {
    Benchmark benchmark = records.benchmark(context, meetingId);
    benchmark.requireInProgress();
    AttendeesPage page =
        new AttendeesPage(
            BenchmarkPages.path(context.partnershipId(), benchmark.id()),
            "benchmark.caption",
            new Object[] {dates.day(benchmark.meetingDate())},
            "benchmark.backToOverview",
            "benchmark.attendees.continue");
    return new OpenMeeting(benchmark.id(), BenchmarkService.describe(benchmark), page);
  }

  @Override
  public List<Attendee> attendees(OpenMeeting meeting) {
    return attendees.findByBenchmarkIdOrderByAddedAtAscIdAsc(meeting.id());
  }

  @Override
  public Optional<Attendee> attendee(OpenMeeting meeting, UUID attendeeId) {
    return attendees.findByIdAndBenchmarkId(attendeeId, meeting.id());
  }

  @Override
  public MeetingAttendee add(
      OpenMeeting meeting, String name, Agency agency, String role, Instant now) {
    return attendees.save(new Attendee(meeting.id(), name, agency, role, now));
  }

  @Override
  public void remove(MeetingAttendee attendee) {
    attendees.delete((Attendee) attendee);
  }

  @Override
  public Optional<PastMeeting> latestWithAttendees(
      PartnershipContext context, UUID exceptMeetingId) {
    return benchmarks.withAttendees(context.partnershipId(), exceptMeetingId, Limit.of(1)).stream()
        .findFirst()
        .map(
            latest ->
                new PastMeeting(
                    latest.id(),
                    "meeting.kind." + pathSegment(),
                    latest.meetingDate(),
                    latest.createdAt(),
                    attendees.findByBenchmarkIdOrderByAddedAtAscIdAsc(latest.id())));
  }

  @Override
  public MeetingNow now(PartnershipContext context, UUID meetingId, String position) {
    return now.now(context, meetingId, position);
  }

  @Override
  public RuntimeException notFound() {
    return new BenchmarkNotFoundException();
  }
}

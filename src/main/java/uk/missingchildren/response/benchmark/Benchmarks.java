package uk.missingchildren.response.benchmark;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Benchmarks extends JpaRepository<Benchmark, UUID> {

  Optional<Benchmark> findByIdAndPartnershipId(UUID id, UUID partnershipId);

  List<Benchmark> findByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(UUID partnershipId);

  Optional<Benchmark> findFirstByPartnershipIdOrderByDetailsMeetingDateDescCreatedAtDesc(
      UUID partnershipId);

  Optional<Benchmark> findFirstByPartnershipIdAndStatusOrderByDetailsMeetingDateDescCreatedAtDesc(
      UUID partnershipId, BenchmarkStatus status);

  long countByPartnershipIdAndStatus(UUID partnershipId, BenchmarkStatus status);

  List<Benchmark> findByPartnershipIdAndStatusOrderByDetailsMeetingDateAscCreatedAtAsc(
      UUID partnershipId, BenchmarkStatus status);

  List<Benchmark> findByPartnershipIdAndStatusOrderByDetailsMeetingDateDescCreatedAtDesc(
      UUID partnershipId, BenchmarkStatus status, Limit limit);

  /**
   * The partnership's meetings that anyone attended, other than {@code except}, latest first: for
   * "the same people as last time".
   */
  @Query(
      "select m from Benchmark m where m.partnershipId = :partnershipId and m.id <> :except"
          + " and exists (select a.id from Attendee a where a.benchmarkId = m.id)"
          + " order by m.details.meetingDate desc, m.createdAt desc")
  List<Benchmark> withAttendees(UUID partnershipId, UUID except, Limit limit);
}

package uk.missingchildren.response.benchmark;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
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
}

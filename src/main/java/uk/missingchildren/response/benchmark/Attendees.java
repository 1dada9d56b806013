package uk.missingchildren.response.benchmark;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Attendees extends JpaRepository<Attendee, UUID> {

  List<Attendee> findByBenchmarkIdOrderByAddedAtAscIdAsc(UUID benchmarkId);

  List<Attendee> findByBenchmarkIdInOrderByAddedAtAscIdAsc(Collection<UUID> benchmarkIds);

  Optional<Attendee> findByIdAndBenchmarkId(UUID id, UUID benchmarkId);
}

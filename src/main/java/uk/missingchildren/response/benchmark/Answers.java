package uk.missingchildren.response.benchmark;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Answers extends JpaRepository<Answer, UUID> {

  List<Answer> findByBenchmarkId(UUID benchmarkId);

  List<Answer> findByBenchmarkIdIn(Collection<UUID> benchmarkIds);

  Optional<Answer> findByBenchmarkIdAndQuestionId(UUID benchmarkId, String questionId);
}

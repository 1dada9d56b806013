package uk.missingchildren.response.benchmark;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import uk.missingchildren.response.shared.access.PartnershipOwned;

@PartnershipOwned
interface Answers extends JpaRepository<Answer, UUID> {

  List<Answer> findByBenchmarkId(UUID benchmarkId);

  List<Answer> findByBenchmarkIdIn(Collection<UUID> benchmarkIds);

  Optional<Answer> findByBenchmarkIdAndQuestionId(UUID benchmarkId, String questionId);

  /**
   * Every answer of the partnership's benchmarks that wrote down actions arising, each with its
   * benchmark ({@code [Answer, Benchmark]}), newest meeting first: one query for the action plan.
   */
  @Query(
      "select a, b from Answer a, Benchmark b where a.benchmarkId = b.id"
          + " and b.partnershipId = :partnershipId and a.actionsArising is not null"
          + " and trim(a.actionsArising) <> ''"
          + " order by b.details.meetingDate desc, b.createdAt desc")
  List<Object[]> findWithActionsArising(@Param("partnershipId") UUID partnershipId);
}

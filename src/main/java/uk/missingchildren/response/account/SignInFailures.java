package uk.missingchildren.response.account;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SignInFailures extends JpaRepository<SignInFailure, Long> {

  @Query("select count(f) from SignInFailure f where f.throttleKey = ?1 and f.occurredAt > ?2")
  long countSince(String throttleKey, Instant since);

  @Modifying
  @Query("delete from SignInFailure f where f.throttleKey = ?1")
  void deleteByThrottleKey(String throttleKey);

  @Modifying
  @Query("delete from SignInFailure f where f.occurredAt < ?1")
  void deleteOlderThan(Instant cutoff);
}

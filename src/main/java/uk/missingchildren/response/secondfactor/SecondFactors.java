package uk.missingchildren.response.secondfactor;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SecondFactors extends Repository<SecondFactor, UUID> {

  SecondFactor save(SecondFactor factor);

  Optional<SecondFactor> findById(UUID accountId);

  /** Locked, so two sign-ins sending the same code at once cannot both use it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select f from SecondFactor f where f.accountId = :accountId")
  Optional<SecondFactor> findForUpdate(UUID accountId);

  boolean existsById(UUID accountId);

  @Query("select f.accountId from SecondFactor f")
  java.util.Set<UUID> findAllAccountIds();

  void deleteById(UUID accountId);
}

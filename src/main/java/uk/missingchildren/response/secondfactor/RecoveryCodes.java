package uk.missingchildren.response.secondfactor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RecoveryCodes extends Repository<RecoveryCode, UUID> {

  RecoveryCode save(RecoveryCode code);

  Optional<RecoveryCode> findByAccountIdAndCodeHash(UUID accountId, String codeHash);

  List<RecoveryCode> findByAccountId(UUID accountId);

  @Modifying
  @Query("delete from RecoveryCode c where c.accountId = :accountId")
  void deleteByAccountId(UUID accountId);
}

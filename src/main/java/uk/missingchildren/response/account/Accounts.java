package uk.missingchildren.response.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Everyone who has an account. */
public interface Accounts extends JpaRepository<Account, UUID> {

  Optional<Account> findByEmail(String normalisedEmail);

  List<Account> findAllByOrderByCreatedAtDesc();
}

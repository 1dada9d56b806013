package uk.missingchildren.response.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;

/** Everyone who has an account. */
public interface Accounts extends JpaRepository<Account, UUID> {

  Optional<Account> findByEmail(String normalisedEmail);

  List<Account> findAllByOrderByCreatedAtDesc();

  /**
   * The display names of these accounts, by id, in one query (none for no ids); an account since
   * deleted is simply absent.
   */
  default Map<UUID, String> displayNames(Collection<UUID> ids) {
    List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
    return wanted.isEmpty()
        ? Map.of()
        : findAllById(wanted).stream().collect(Collectors.toMap(Account::id, Account::displayName));
  }
}

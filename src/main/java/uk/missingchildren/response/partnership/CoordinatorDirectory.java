package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Who to tell about a partnership's work when nobody is signed in: its coordinators' email
 * addresses, for jobs such as the action reminders.
 */
@Service
public class CoordinatorDirectory {

  private final Partnerships partnerships;
  private final Memberships memberships;
  private final Accounts accounts;

  CoordinatorDirectory(Partnerships partnerships, Memberships memberships, Accounts accounts) {
    this.partnerships = partnerships;
    this.memberships = memberships;
    this.accounts = accounts;
  }

  /** The partnership's name and its coordinators' addresses, leaving out deactivated accounts. */
  @CheckedWithoutContext(
      "system jobs: the addresses are only used to email the coordinators themselves")
  @Transactional(readOnly = true)
  public Coordinators coordinators(UUID partnershipId) {
    Partnership partnership =
        partnerships.findById(partnershipId).orElseThrow(PartnershipNotFoundException::new);
    List<Membership> coordinators =
        memberships.findByPartnershipIdOrderByJoinedAtAsc(partnershipId).stream()
            .filter(membership -> membership.role() == Role.COORDINATOR)
            .toList();
    Map<UUID, Account> byId =
        accounts.findAllById(coordinators.stream().map(Membership::accountId).toList()).stream()
            .collect(Collectors.toMap(Account::id, Function.identity()));
    List<String> emails =
        coordinators.stream()
            .map(membership -> byId.get(membership.accountId()))
            .filter(account -> account != null && account.active())
            .map(Account::email)
            .toList();
    return new Coordinators(partnership.name(), emails, partnership.deleted());
  }

  /**
   * A partnership's name and the addresses of its active coordinators, longest-standing first; a
   * deleted partnership's people are not to be contacted about it.
   */
  public record Coordinators(String partnershipName, List<String> emails, boolean deleted) {}
}

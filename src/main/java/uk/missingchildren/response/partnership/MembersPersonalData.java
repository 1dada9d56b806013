package uk.missingchildren.response.partnership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.PersonalDataHolder;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * What partnerships keep about a person whose account is deleted: their memberships go with the
 * account; invitations to their address are deleted here. A partnership is never left without a
 * coordinator, so its only coordinator must hand over (or delete it) first.
 */
@Component
class MembersPersonalData implements PersonalDataHolder {

  private final Memberships memberships;
  private final Partnerships partnerships;
  private final Invitations invitations;

  MembersPersonalData(Memberships memberships, Partnerships partnerships, Invitations invitations) {
    this.memberships = memberships;
    this.partnerships = partnerships;
    this.invitations = invitations;
  }

  @Override
  @CheckedWithoutContext("reads only the memberships of the person deleting their own account")
  public Optional<DeletionBlocker> blocker(UUID accountId) {
    return memberships.findByAccountId(accountId).stream()
        .filter(membership -> membership.role() == Role.COORDINATOR)
        .filter(
            membership ->
                memberships
                        .findByPartnershipIdOrderByJoinedAtAsc(membership.partnershipId())
                        .stream()
                        .filter(other -> other.role() == Role.COORDINATOR)
                        .count()
                    == 1)
        .flatMap(
            membership ->
                partnerships
                    .findById(membership.partnershipId())
                    .filter(p -> !p.deleted())
                    .stream())
        .findFirst()
        .map(
            partnership ->
                new DeletionBlocker("deleteAccount.error.onlyCoordinator", partnership.name()));
  }

  @Override
  @CheckedWithoutContext("deletes only invitations to the person deleting their own account")
  public void erase(UUID accountId, String email, String name, String formerMember) {
    invitations.deleteByEmail(Account.normalise(email));
  }
}

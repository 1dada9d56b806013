package uk.missingchildren.response.partnership;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * The single entry point to partnership-owned data: every controller that shows or changes a
 * partnership's records starts here. Someone who is not a member gets a 404, never a 403.
 */
@Service
public class PartnershipAccess {

  private final Partnerships partnerships;
  private final Memberships memberships;

  PartnershipAccess(Partnerships partnerships, Memberships memberships) {
    this.partnerships = partnerships;
    this.memberships = memberships;
  }

  @CheckedWithoutContext("this is the membership check itself")
  @Transactional(readOnly = true)
  public PartnershipContext require(UUID partnershipId, SignedInUser user) {
    if (partnershipId == null || user == null) {
      throw new PartnershipNotFoundException();
    }
    Membership membership =
        memberships
            .findByPartnershipIdAndAccountId(partnershipId, user.accountId())
            .orElseThrow(PartnershipNotFoundException::new);
    Partnership partnership =
        partnerships
            .findById(partnershipId)
            .filter(found -> !found.deleted())
            .orElseThrow(PartnershipNotFoundException::new);
    return new PartnershipContext(partnership, user.accountId(), user.email(), membership.role());
  }

  /**
   * A read-only view of a partnership for someone outside it, which the oversight feature asks for
   * only once it has checked that the partnership shares with that person's group now. A deleted
   * partnership is not found.
   */
  @CheckedWithoutContext(
      "for oversight only, after it has checked the partnership shares with the person's group now")
  @Transactional(readOnly = true)
  public PartnershipContext sharedWith(UUID partnershipId, SignedInUser user) {
    Partnership partnership =
        partnerships
            .findById(partnershipId)
            .filter(found -> !found.deleted())
            .orElseThrow(PartnershipNotFoundException::new);
    return new PartnershipContext(partnership, user.accountId(), user.email(), Role.VIEWER);
  }

  /**
   * A read-only view of a partnership that agreed to be counted in the national picture, for
   * working out the picture, which never names it; not found if it has not agreed.
   */
  @CheckedWithoutContext(
      "only partnerships that agreed to be counted, for the national picture, which names none")
  @Transactional(readOnly = true)
  public PartnershipContext countedNationally(UUID partnershipId, SignedInUser user) {
    Partnership partnership =
        partnerships
            .findById(partnershipId)
            .filter(found -> !found.deleted() && found.countedNationally())
            .orElseThrow(PartnershipNotFoundException::new);
    return new PartnershipContext(partnership, user.accountId(), user.email(), Role.VIEWER);
  }

  /** Every partnership the person belongs to, by name. */
  @CheckedWithoutContext("lists only the signed-in person's own memberships")
  @Transactional(readOnly = true)
  public List<PartnershipContext> mine(SignedInUser user) {
    List<Membership> mine = memberships.findByAccountId(user.accountId());
    Map<UUID, Partnership> byId =
        partnerships.findAllById(mine.stream().map(Membership::partnershipId).toList()).stream()
            .filter(p -> !p.deleted())
            .collect(Collectors.toMap(Partnership::id, Function.identity()));
    return mine.stream()
        .filter(m -> byId.containsKey(m.partnershipId()))
        .map(
            m ->
                new PartnershipContext(
                    byId.get(m.partnershipId()), user.accountId(), user.email(), m.role()))
        .sorted(Comparator.comparing(c -> c.partnership().name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}

package uk.missingchildren.response.partnership;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Proof that the signed-in person belongs to a partnership, with their role there. Only {@link
 * PartnershipAccess} makes one, so holding one means membership was checked.
 */
public final class PartnershipContext {

  private final Partnership partnership;
  private final UUID accountId;
  private final String email;
  private final Role role;

  PartnershipContext(Partnership partnership, UUID accountId, String email, Role role) {
    this.partnership = partnership;
    this.accountId = accountId;
    this.email = email;
    this.role = role;
  }

  public Partnership partnership() {
    return partnership;
  }

  public UUID partnershipId() {
    return partnership.id();
  }

  public UUID accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public Role role() {
    return role;
  }

  /** Members and coordinators may change things; viewers may not (403: they know it exists). */
  public PartnershipContext requireEditor() {
    if (!role.canEdit()) {
      throw new AccessDeniedException("Viewers cannot change anything");
    }
    return this;
  }

  public PartnershipContext requireCoordinator() {
    if (!role.canManageMembers()) {
      throw new AccessDeniedException("Only coordinators can do this");
    }
    return this;
  }
}

package uk.missingchildren.response.oversight;

import org.springframework.security.access.AccessDeniedException;
import uk.missingchildren.response.account.SignedInUser;

/** A group as one of its members sees it; only {@link OversightService#require} makes one. */
public record GroupContext(OversightGroup group, OversightMember member, SignedInUser user) {

  public GroupContext requireLead() {
    if (!member.lead()) {
      throw new AccessDeniedException("Only the group's lead can do this");
    }
    return this;
  }
}

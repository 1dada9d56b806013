package uk.missingchildren.response.action;

import java.util.UUID;

/**
 * Someone else decided about this proposal first (or the form was sent again after its decision):
 * the plan says so rather than deciding twice.
 */
class ProposalAlreadyDecidedException extends RuntimeException {

  private final transient UUID partnershipId;

  ProposalAlreadyDecidedException(UUID partnershipId) {
    super("This proposed action has been decided already");
    this.partnershipId = partnershipId;
  }

  /** Whose action plan to go back to. */
  UUID partnershipId() {
    return partnershipId;
  }
}

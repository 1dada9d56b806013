package uk.missingchildren.response.agencyviews;

import java.util.UUID;

/**
 * How someone reaches their own views: the pass their browser was given when they followed their
 * link (which of their links it was), or, for a partnership member asked by their own address,
 * being signed in as that member.
 */
public record GiverAccess(UUID giverId, Integer generation, UUID accountId) {

  public static GiverAccess byPass(UUID giverId, int generation) {
    return new GiverAccess(giverId, generation, null);
  }

  public static GiverAccess byAccount(UUID giverId, UUID accountId) {
    return new GiverAccess(giverId, null, accountId);
  }

  boolean allows(ViewGiver giver) {
    if (!giver.id().equals(giverId)) {
      return false;
    }
    if (generation != null) {
      return giver.linkGeneration() == generation && giver.linkUsedAt() != null;
    }
    return accountId != null && accountId.equals(giver.accountId());
  }
}

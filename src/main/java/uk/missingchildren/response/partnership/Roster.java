package uk.missingchildren.response.partnership;

import java.util.List;
import java.util.UUID;

/**
 * The members of one partnership, guarding the rule that a partnership always keeps at least one
 * coordinator: otherwise nobody could invite or manage members again.
 */
final class Roster {

  private final List<Membership> members;

  Roster(List<Membership> members) {
    this.members = members;
  }

  Membership member(UUID membershipId) {
    return members.stream()
        .filter(member -> member.id().equals(membershipId))
        .findFirst()
        .orElseThrow(MemberNotFoundException::new);
  }

  void changeRole(UUID membershipId, Role newRole) {
    Membership member = member(membershipId);
    if (member.role() == Role.COORDINATOR && newRole != Role.COORDINATOR) {
      requireAnotherCoordinator(member);
    }
    member.changeRole(newRole);
  }

  /** Checks the member may leave; the caller deletes the membership. */
  Membership remove(UUID membershipId) {
    Membership member = member(membershipId);
    if (member.role() == Role.COORDINATOR) {
      requireAnotherCoordinator(member);
    }
    return member;
  }

  private void requireAnotherCoordinator(Membership leaving) {
    boolean another =
        members.stream()
            .anyMatch(m -> m.role() == Role.COORDINATOR && !m.id().equals(leaving.id()));
    if (!another) {
      throw new LastCoordinatorException();
    }
  }

  /** The change would leave the partnership without a coordinator. */
  static class LastCoordinatorException extends RuntimeException {
    LastCoordinatorException() {
      super("A partnership must keep at least one coordinator");
    }
  }

  /** No such member in this partnership. */
  static class MemberNotFoundException extends RuntimeException {
    MemberNotFoundException() {
      super("No such member in this partnership");
    }
  }
}

package uk.missingchildren.response.partnership;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.account.SecretTokens;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.notification.Delivery;
import uk.missingchildren.response.notification.EmailComposer;
import uk.missingchildren.response.notification.Mailer;
import uk.missingchildren.response.notification.ServiceAddress;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.forms.ShownOnce;

/** Inviting people, changing roles and removing members. Every change is in the audit log. */
@Service
public class MembershipService {

  private final Memberships memberships;
  private final Invitations invitations;
  private final Partnerships partnerships;
  private final Mailer mailer;
  private final ServiceAddress address;
  private final EmailComposer emails;
  private final InvitationProperties properties;
  private final AuditLog audit;
  private final Clock clock;
  private final Accounts accounts;

  MembershipService(
      Memberships memberships,
      Invitations invitations,
      Partnerships partnerships,
      Mailer mailer,
      ServiceAddress address,
      EmailComposer emails,
      InvitationProperties properties,
      AuditLog audit,
      Clock clock,
      Accounts accounts) {
    this.accounts = accounts;
    this.memberships = memberships;
    this.invitations = invitations;
    this.partnerships = partnerships;
    this.mailer = mailer;
    this.address = address;
    this.emails = emails;
    this.properties = properties;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Membership> members(PartnershipContext context) {
    return memberships.findByPartnershipIdOrderByJoinedAtAsc(context.partnershipId());
  }

  /** The account of the partnership's member with this email address, if there is one. */
  @Transactional(readOnly = true)
  public Optional<UUID> memberWithEmail(PartnershipContext context, String email) {
    return accounts
        .findByEmail(Account.normalise(email))
        .map(Account::id)
        .filter(
            accountId ->
                memberships
                    .findByPartnershipIdAndAccountId(context.partnershipId(), accountId)
                    .isPresent());
  }

  @Transactional(readOnly = true)
  public long memberCount(PartnershipContext context) {
    return memberships.countByPartnershipId(context.partnershipId());
  }

  /** Invitations neither accepted nor withdrawn, marking those whose link has expired. */
  @Transactional(readOnly = true)
  public List<OpenInvitation> openInvitations(PartnershipContext context) {
    Instant now = clock.instant();
    return invitations
        .findByPartnershipIdAndAcceptedAtIsNullAndWithdrawnAtIsNullOrderByCreatedAtAsc(
            context.partnershipId())
        .stream()
        .map(invitation -> new OpenInvitation(invitation, !invitation.pending(now)))
        .toList();
  }

  @Transactional
  public InvitationSent invite(PartnershipContext context, InvitationForm form) {
    context.requireCoordinator();
    Instant now = clock.instant();
    String secret = SecretTokens.newSecret();
    Invitation invitation =
        invitations.save(
            new Invitation(
                context.partnershipId(),
                Account.normalise(form.getEmail()),
                form.getRole(),
                SecretTokens.hash(secret),
                context.accountId(),
                now,
                now.plus(properties.lifetime())));
    audit.record(
        actor(context),
        context.partnershipId(),
        "INVITATION_SENT",
        invitation.email(),
        "role: " + invitation.role());
    return sendInvitation(context, invitation, secret);
  }

  @Transactional
  public InvitationSent resend(PartnershipContext context, UUID invitationId) {
    context.requireCoordinator();
    Invitation invitation =
        invitations
            .findByIdAndPartnershipId(invitationId, context.partnershipId())
            .orElseThrow(PartnershipNotFoundException::new);
    Instant now = clock.instant();
    String secret = SecretTokens.newSecret();
    invitation.resend(SecretTokens.hash(secret), now, now.plus(properties.lifetime()));
    audit.record(
        actor(context), context.partnershipId(), "INVITATION_RESENT", invitation.email(), null);
    return sendInvitation(context, invitation, secret);
  }

  @Transactional
  public void withdraw(PartnershipContext context, UUID invitationId) {
    context.requireCoordinator();
    Invitation invitation =
        invitations
            .findByIdAndPartnershipId(invitationId, context.partnershipId())
            .orElseThrow(PartnershipNotFoundException::new);
    invitation.withdraw(clock.instant());
    audit.record(
        actor(context), context.partnershipId(), "INVITATION_WITHDRAWN", invitation.email(), null);
  }

  /** The invitation behind a link, if it can still be accepted. */
  @CheckedWithoutContext("the secret link is the permission: it was emailed to the invitee")
  @Transactional(readOnly = true)
  public Optional<InvitationView> invitation(String secret) {
    return usable(secret)
        .map(
            invitation ->
                new InvitationView(
                    invitation, partnerships.findById(invitation.partnershipId()).orElseThrow()));
  }

  /**
   * Adds the signed-in person to the partnership. Someone already a member keeps their current
   * role; the invitation is used up either way.
   */
  @CheckedWithoutContext("the secret link is the permission: it was emailed to the invitee")
  @Transactional
  public Optional<UUID> accept(String secret, SignedInUser user) {
    return usable(secret)
        .map(
            invitation -> {
              invitation.accept(clock.instant());
              if (memberships
                  .findByPartnershipIdAndAccountId(invitation.partnershipId(), user.accountId())
                  .isEmpty()) {
                memberships.save(
                    new Membership(
                        invitation.partnershipId(),
                        user.accountId(),
                        invitation.role(),
                        clock.instant()));
              }
              audit.record(
                  new AuditEvent.Actor(user.accountId(), user.email()),
                  invitation.partnershipId(),
                  "INVITATION_ACCEPTED",
                  user.email(),
                  "invited as " + invitation.email() + ", role: " + invitation.role());
              return invitation.partnershipId();
            });
  }

  @Transactional(readOnly = true)
  public Membership member(PartnershipContext context, UUID membershipId) {
    return roster(context).member(membershipId);
  }

  @Transactional
  public void changeRole(
      PartnershipContext context, UUID membershipId, Role role, String memberEmail) {
    context.requireCoordinator();
    Roster roster = roster(context);
    Role before = roster.member(membershipId).role();
    roster.changeRole(membershipId, role);
    audit.record(
        actor(context),
        context.partnershipId(),
        "ROLE_CHANGED",
        memberEmail,
        before + " to " + role);
  }

  @Transactional
  public void remove(PartnershipContext context, UUID membershipId, String memberEmail) {
    context.requireCoordinator();
    Membership leaving = roster(context).remove(membershipId);
    memberships.delete(leaving);
    audit.record(
        actor(context),
        context.partnershipId(),
        "MEMBER_REMOVED",
        memberEmail,
        "role was " + leaving.role());
  }

  private Roster roster(PartnershipContext context) {
    return new Roster(memberships.findByPartnershipIdOrderByJoinedAtAsc(context.partnershipId()));
  }

  private Optional<Invitation> usable(String secret) {
    if (secret == null || secret.isBlank()) {
      return Optional.empty();
    }
    return invitations
        .findByTokenHash(SecretTokens.hash(secret))
        .filter(invitation -> invitation.pending(clock.instant()))
        .filter(
            invitation ->
                partnerships
                    .findById(invitation.partnershipId())
                    .filter(p -> !p.deleted())
                    .isPresent());
  }

  private InvitationSent sendInvitation(
      PartnershipContext context, Invitation invitation, String secret) {
    String path = "/invitations/" + secret;
    Delivery delivery =
        mailer.send(
            emails
                .compose(
                    invitation.email(),
                    "invitation",
                    path,
                    context.partnership().name(),
                    roleName(invitation.role()),
                    properties.lifetime().toDays())
                .about(context.partnershipId()));
    return new InvitationSent(delivery, address.link(path), properties.lifetime().toDays());
  }

  private static String roleName(Role role) {
    return switch (role) {
      case COORDINATOR -> "coordinator";
      case MEMBER -> "member";
      case VIEWER -> "viewer";
    };
  }

  private static AuditEvent.Actor actor(PartnershipContext context) {
    return new AuditEvent.Actor(context.accountId(), context.email());
  }

  /** An invitation waiting for a reply; an expired one can be resent or withdrawn. */
  public record OpenInvitation(Invitation invitation, boolean expired) {}

  /**
   * What became of an invitation's email, and its link: shown once to the coordinator who sent it,
   * so a partnership can start without a mail server. Only the link's hash is stored.
   */
  public record InvitationSent(Delivery delivery, String link, long daysValid)
      implements java.io.Serializable, ShownOnce {}

  /** An invitation with the partnership it is for. */
  public record InvitationView(Invitation invitation, Partnership partnership) {}
}

package uk.missingchildren.response.oversight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Accounts;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.Role;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Oversight groups, their members, and the partnerships that join them. A partnership's coordinator
 * decides what it shares and can stop at any time; the group never holds a copy.
 */
@Service
public class OversightService {

  static final Duration INVITATION_LIFE = Duration.ofDays(14);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One group on the list of someone's groups. */
  public record GroupSummary(OversightGroup group, OversightMember.Role role, long partnerships) {}

  /** A member of a group, by name. */
  public record MemberLine(String name, String email, OversightMember.Role role) {}

  /** What an invitation link shows a coordinator. */
  public record Invitation(OversightGroup group, List<PartnershipContext> canJoin) {}

  /** A group a partnership shares with, and what it shares. */
  public record ShareLine(OversightGroup group, Share share) {}

  private final OversightGroups groups;
  private final OversightMembers members;
  private final Shares shares;
  private final GroupInvitations invitations;
  private final Accounts accounts;
  private final PartnershipAccess partnerships;
  private final AuditLog audit;
  private final Clock clock;

  OversightService(
      OversightGroups groups,
      OversightMembers members,
      Shares shares,
      GroupInvitations invitations,
      Accounts accounts,
      PartnershipAccess partnerships,
      AuditLog audit,
      Clock clock) {
    this.groups = groups;
    this.members = members;
    this.shares = shares;
    this.invitations = invitations;
    this.accounts = accounts;
    this.partnerships = partnerships;
    this.audit = audit;
    this.clock = clock;
  }

  @CheckedWithoutContext("the signed-in person's own groups")
  @Transactional(readOnly = true)
  public List<GroupSummary> mine(SignedInUser user) {
    return members.findByAccountId(user.accountId()).stream()
        .map(
            m ->
                new GroupSummary(
                    groups.findById(m.groupId()).orElseThrow(),
                    m.role(),
                    shares.findByKeyGroupIdOrderByJoinedAtAsc(m.groupId()).size()))
        .sorted(java.util.Comparator.comparing(s -> s.group().name()))
        .toList();
  }

  /** The administrator, and anyone who coordinates a partnership, can set up a group. */
  @CheckedWithoutContext("about the signed-in person's own roles")
  @Transactional(readOnly = true)
  public boolean mayCreate(SignedInUser user) {
    return user.administrator()
        || partnerships.mine(user).stream().anyMatch(c -> c.role() == Role.COORDINATOR);
  }

  @CheckedWithoutContext("makes a group led by the signed-in person, who may (mayCreate)")
  @Transactional
  public OversightGroup create(SignedInUser user, String name, AreaKind kind) {
    if (!mayCreate(user)) {
      throw new org.springframework.security.access.AccessDeniedException("Cannot create groups");
    }
    OversightGroup group = groups.save(new OversightGroup(name, kind, user.accountId(), now()));
    members.save(
        new OversightMember(group.id(), user.accountId(), OversightMember.Role.LEAD, now()));
    audit.record(actor(user), "OVERSIGHT_GROUP_CREATED", group.name(), kind.name());
    return group;
  }

  /** The group, for one of its members; anyone else gets 404. */
  @CheckedWithoutContext("this is the group membership check itself")
  @Transactional(readOnly = true)
  public GroupContext require(UUID groupId, SignedInUser user) {
    OversightMember member =
        members
            .findByGroupIdAndAccountId(groupId, user.accountId())
            .orElseThrow(OversightGroupNotFoundException::new);
    return new GroupContext(groups.findById(groupId).orElseThrow(), member, user);
  }

  @Transactional(readOnly = true)
  public List<MemberLine> members(GroupContext group) {
    List<OversightMember> all = members.findByGroupIdOrderByJoinedAtAsc(group.group().id());
    var names = accounts.findAllById(all.stream().map(OversightMember::accountId).toList());
    return all.stream()
        .map(
            m -> {
              Account account =
                  names.stream()
                      .filter(a -> a.id().equals(m.accountId()))
                      .findFirst()
                      .orElseThrow();
              return new MemberLine(account.displayName(), account.email(), m.role());
            })
        .toList();
  }

  /** Adds someone who has an account; empty when it worked, else the message key of why not. */
  @Transactional
  public Optional<String> addMember(GroupContext group, String email) {
    group.requireLead();
    Optional<Account> account = accounts.findByEmail(Account.normalise(email));
    if (account.isEmpty()) {
      return Optional.of("oversight.members.error.noAccount");
    }
    if (members.findByGroupIdAndAccountId(group.group().id(), account.get().id()).isPresent()) {
      return Optional.of("oversight.members.error.already");
    }
    members.save(
        new OversightMember(
            group.group().id(), account.get().id(), OversightMember.Role.MEMBER, now()));
    audit.record(
        actor(group.user()), "OVERSIGHT_MEMBER_ADDED", account.get().email(), group.group().name());
    return Optional.empty();
  }

  /** A new single-use link for a partnership to join; returns its secret, shown once. */
  @Transactional
  public String invite(GroupContext group) {
    group.requireLead();
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    invitations.save(
        new GroupInvitation(
            group.group().id(),
            hash(secret),
            group.user().accountId(),
            now(),
            now().plus(INVITATION_LIFE)));
    audit.record(actor(group.user()), "OVERSIGHT_INVITATION_MADE", group.group().name(), null);
    return secret;
  }

  /** The group a link invites to, and which of the person's partnerships can join it. */
  @CheckedWithoutContext(
      "the secret link is the permission; lists only partnerships the person coordinates")
  @Transactional(readOnly = true)
  public Optional<Invitation> invitation(String secret, SignedInUser user) {
    return usable(secret)
        .map(
            invitation -> {
              List<UUID> already =
                  shares.findByKeyGroupIdOrderByJoinedAtAsc(invitation.groupId()).stream()
                      .map(Share::partnershipId)
                      .toList();
              List<PartnershipContext> canJoin =
                  partnerships.mine(user).stream()
                      .filter(c -> c.role() == Role.COORDINATOR)
                      .filter(c -> !already.contains(c.partnershipId()))
                      .toList();
              return new Invitation(groups.findById(invitation.groupId()).orElseThrow(), canJoin);
            });
  }

  /** The coordinator's partnership joins, sharing what they chose; the link is then used up. */
  @Transactional
  public Optional<UUID> join(String secret, PartnershipContext coordinator, SharingChoice choice) {
    coordinator.requireCoordinator();
    Optional<GroupInvitation> invitation = usable(secret);
    invitation.ifPresent(
        found -> {
          found.use(now());
          Share.Key key = new Share.Key(found.groupId(), coordinator.partnershipId());
          if (shares.findById(key).isEmpty()) {
            shares.save(
                new Share(
                    found.groupId(),
                    coordinator.partnershipId(),
                    choice,
                    coordinator.accountId(),
                    now()));
            record(coordinator, "OVERSIGHT_JOINED", found.groupId(), choice.describe());
          }
        });
    return invitation.map(GroupInvitation::groupId);
  }

  @Transactional(readOnly = true)
  public List<ShareLine> sharesOf(PartnershipContext context) {
    return shares.findByKeyPartnershipId(context.partnershipId()).stream()
        .map(share -> new ShareLine(groups.findById(share.groupId()).orElseThrow(), share))
        .sorted(java.util.Comparator.comparing(line -> line.group().name()))
        .toList();
  }

  @Transactional(readOnly = true)
  public ShareLine shareOf(PartnershipContext context, UUID groupId) {
    Share share =
        shares
            .findById(new Share.Key(groupId, context.partnershipId()))
            .orElseThrow(OversightGroupNotFoundException::new);
    return new ShareLine(groups.findById(groupId).orElseThrow(), share);
  }

  @Transactional
  public void change(PartnershipContext coordinator, UUID groupId, SharingChoice choice) {
    coordinator.requireCoordinator();
    Share share =
        shares
            .findById(new Share.Key(groupId, coordinator.partnershipId()))
            .orElseThrow(OversightGroupNotFoundException::new);
    share.change(choice, now());
    record(coordinator, "OVERSIGHT_SHARING_CHANGED", groupId, choice.describe());
  }

  /** Stops sharing at once: the group's next look at this partnership finds nothing. */
  @Transactional
  public void stop(PartnershipContext coordinator, UUID groupId) {
    coordinator.requireCoordinator();
    Share share =
        shares
            .findById(new Share.Key(groupId, coordinator.partnershipId()))
            .orElseThrow(OversightGroupNotFoundException::new);
    shares.delete(share);
    record(coordinator, "OVERSIGHT_SHARING_STOPPED", groupId, null);
  }

  private Optional<GroupInvitation> usable(String secret) {
    return invitations.findBySecretHash(hash(secret)).filter(i -> i.usable(now()));
  }

  private void record(PartnershipContext context, String action, UUID groupId, String details) {
    audit.record(
        new AuditEvent.Actor(context.accountId(), context.email()),
        context.partnershipId(),
        action,
        groups.findById(groupId).map(OversightGroup::name).orElse(null),
        details);
  }

  private static AuditEvent.Actor actor(SignedInUser user) {
    return new AuditEvent.Actor(user.accountId(), user.email());
  }

  private Instant now() {
    return clock.instant();
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((secret == null ? "" : secret).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package uk.missingchildren.response.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.Role;

/**
 * The partnership's side of raising an action with its oversight groups: its coordinator asks for a
 * response across the groups and can stop asking; the groups' responses come back to the action's
 * page.
 */
@Service
public class RaisedActionService {

  /** What one group said, at which meeting. */
  public record Response(String groupName, LocalDate meetingDate, String response) {}

  /**
   * What the action's page shows: whether it is raised and what was asked, how many groups see the
   * action plan summary, whether this person may raise it, and the groups' responses, newest first.
   */
  public record Panel(
      Optional<RaisedAction> raised,
      long groupsSeeing,
      boolean mayRaise,
      List<Response> responses) {

    public boolean isRaised() {
      return raised.isPresent();
    }
  }

  /** An action the partnership asks its groups about, for its Oversight groups page. */
  public record Asked(UUID actionId, String title, String request, long responses) {}

  private final RaisedActions raised;
  private final Shares shares;
  private final OversightGroups groups;
  private final GroupMeetings meetings;
  private final GroupResponses responses;
  private final ActionService actions;
  private final AuditLog audit;
  private final Clock clock;

  RaisedActionService(
      RaisedActions raised,
      Shares shares,
      OversightGroups groups,
      GroupMeetings meetings,
      GroupResponses responses,
      ActionService actions,
      AuditLog audit,
      Clock clock) {
    this.raised = raised;
    this.shares = shares;
    this.groups = groups;
    this.meetings = meetings;
    this.responses = responses;
    this.actions = actions;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Panel panel(PartnershipContext context, Action action) {
    long seeing =
        shares.findByKeyPartnershipId(context.partnershipId()).stream()
            .filter(Share::actionSummary)
            .count();
    boolean mayRaise = context.role() == Role.COORDINATOR && action.status().open();
    return new Panel(raised.findById(action.id()), seeing, mayRaise, responsesTo(action.id()));
  }

  /** The actions the partnership asks its groups to respond to, the earliest asked first. */
  @Transactional(readOnly = true)
  public List<Asked> asked(PartnershipContext context) {
    return raised.findByPartnershipIdOrderByRaisedAtAsc(context.partnershipId()).stream()
        .map(
            request ->
                new Asked(
                    request.actionId(),
                    actions.action(context, request.actionId()).title(),
                    request.request(),
                    responses.findByKeyActionId(request.actionId()).size()))
        .toList();
  }

  /** The action, checked to be the partnership's and open, for the page that raises it. */
  @Transactional(readOnly = true)
  public Action raisable(PartnershipContext context, UUID actionId) {
    context.requireCoordinator();
    Action action = actions.action(context, actionId);
    action.requireOpenForUpdates();
    return action;
  }

  @Transactional(readOnly = true)
  public Optional<RaisedAction> raised(PartnershipContext context, UUID actionId) {
    return raised.findById(actions.action(context, actionId).id());
  }

  /** Asks for a response, or changes what is asked; the groups see it on their next look. */
  @Transactional
  public void raise(PartnershipContext context, UUID actionId, String request) {
    Action action = raisable(context, actionId);
    Optional<RaisedAction> before = raised.findById(actionId);
    if (before.isPresent() && before.get().request().equals(request.strip())) {
      // Sent twice, or sent again unchanged: nothing new to ask or to audit.
      return;
    }
    if (before.isPresent()) {
      before.get().change(request, context.accountId(), clock.instant());
    } else {
      raised.save(
          new RaisedAction(
              actionId, context.partnershipId(), request, context.accountId(), clock.instant()));
    }
    audit.record(
        actor(context),
        context.partnershipId(),
        before.isPresent() ? "OVERSIGHT_REQUEST_CHANGED" : "OVERSIGHT_RESPONSE_REQUESTED",
        action.title(),
        request.strip());
  }

  /** Stops asking: the groups no longer see the action. Their responses stay on its page. */
  @Transactional
  public void withdraw(PartnershipContext context, UUID actionId) {
    context.requireCoordinator();
    Action action = actions.action(context, actionId);
    raised
        .findById(action.id())
        .ifPresent(
            found -> {
              raised.delete(found);
              audit.record(
                  actor(context),
                  context.partnershipId(),
                  "OVERSIGHT_REQUEST_WITHDRAWN",
                  action.title(),
                  null);
            });
  }

  private List<Response> responsesTo(UUID actionId) {
    return responses.findByKeyActionId(actionId).stream()
        .map(
            response -> {
              GroupMeeting meeting = meetings.findById(response.meetingId()).orElseThrow();
              String group =
                  groups.findById(meeting.groupId()).map(OversightGroup::name).orElse("");
              return new Response(group, meeting.meetingDate(), response.response());
            })
        .sorted(Comparator.comparing(Response::meetingDate).reversed())
        .toList();
  }

  private static AuditEvent.Actor actor(PartnershipContext context) {
    return new AuditEvent.Actor(context.accountId(), context.email());
  }
}

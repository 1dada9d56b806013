package uk.missingchildren.response.oversight;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;

/**
 * A group's meetings, recorded by any of its members: details, who came, minutes, and responses to
 * the actions partnerships raised with the group. A response can only be given to an action raised
 * with the group now; one given before stays with the meeting, and on the action's page.
 */
@Service
public class GroupMeetingService {

  /**
   * One response in a meeting's minutes; {@code action} is empty once the group can no longer see
   * the action (its partnership stopped asking or sharing), and then only the response is shown.
   */
  public record ResponseLine(
      UUID actionId, Optional<OversightDashboard.RaisedLine> action, String response) {}

  /** A meeting as its minutes show it. */
  public record MeetingView(GroupMeeting meeting, List<ResponseLine> responses) {}

  private final GroupMeetings meetings;
  private final GroupResponses responses;
  private final AuditLog audit;
  private final Clock clock;

  GroupMeetingService(
      GroupMeetings meetings, GroupResponses responses, AuditLog audit, Clock clock) {
    this.meetings = meetings;
    this.responses = responses;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<GroupMeeting> meetings(GroupContext group) {
    return meetings.findByGroupIdOrderByMeetingDateDescRecordedAtDesc(group.group().id());
  }

  /** The group's meeting; 404 for any other. */
  @Transactional(readOnly = true)
  public GroupMeeting meeting(GroupContext group, UUID meetingId) {
    return meetings
        .findByIdAndGroupId(meetingId, group.group().id())
        .orElseThrow(OversightGroupNotFoundException::new);
  }

  /** The responses the meeting gave, by action id. */
  @Transactional(readOnly = true)
  public Map<UUID, String> responsesAt(GroupMeeting meeting) {
    Map<UUID, String> given = new LinkedHashMap<>();
    responses.findByKeyMeetingId(meeting.id()).forEach(r -> given.put(r.actionId(), r.response()));
    return given;
  }

  @Transactional(readOnly = true)
  public MeetingView view(
      GroupContext group, UUID meetingId, List<OversightDashboard.RaisedLine> visible) {
    GroupMeeting meeting = meeting(group, meetingId);
    Map<UUID, OversightDashboard.RaisedLine> byAction = byAction(visible);
    List<ResponseLine> lines =
        responses.findByKeyMeetingId(meeting.id()).stream()
            .map(
                r ->
                    new ResponseLine(
                        r.actionId(),
                        Optional.ofNullable(byAction.get(r.actionId())),
                        r.response()))
            .sorted(
                Comparator.comparing((ResponseLine line) -> line.action().isEmpty())
                    .thenComparing(
                        line -> line.action().map(a -> a.raisedAt()).orElse(Instant.MIN)))
            .toList();
    return new MeetingView(meeting, lines);
  }

  @Transactional
  public UUID record(
      GroupContext group, GroupMeetingRecord record, List<OversightDashboard.RaisedLine> visible) {
    GroupMeeting meeting =
        meetings.save(
            new GroupMeeting(
                group.group().id(), record, group.user().accountId(), clock.instant()));
    audit.record(actor(group), "OVERSIGHT_MEETING_RECORDED", group.group().name(), day(record));
    respond(group, meeting, record, visible);
    return meeting.id();
  }

  /**
   * Changes the minutes, unless someone else changed them since {@code version} was read: then
   * nothing is saved and the meeting as it is now is returned, so the form can show both.
   */
  @Transactional
  public Optional<GroupMeeting> change(
      GroupContext group,
      UUID meetingId,
      long version,
      GroupMeetingRecord record,
      List<OversightDashboard.RaisedLine> visible) {
    GroupMeeting meeting = meeting(group, meetingId);
    if (meeting.version() != version) {
      // The same minutes sent twice (a double click) are not a clash with oneself.
      boolean alreadySaved =
          meeting.holds(record) && responsesAt(meeting).equals(record.responses());
      return alreadySaved ? Optional.empty() : Optional.of(meeting);
    }
    meeting.change(record, clock.instant());
    audit.record(actor(group), "OVERSIGHT_MEETING_CHANGED", group.group().name(), day(record));
    respond(group, meeting, record, visible);
    return Optional.empty();
  }

  /**
   * Saves the responses to the actions the group can see now; a blank one removes the response
   * given before. Responses to actions it can no longer see are left as they were.
   */
  private void respond(
      GroupContext group,
      GroupMeeting meeting,
      GroupMeetingRecord record,
      List<OversightDashboard.RaisedLine> visible) {
    for (OversightDashboard.RaisedLine action : visible) {
      GroupResponse.Key key = new GroupResponse.Key(meeting.id(), action.actionId());
      Optional<GroupResponse> before = responses.findById(key);
      String text = record.responses().get(action.actionId());
      if (text == null) {
        before.ifPresent(responses::delete);
      } else if (before.isEmpty()) {
        responses.save(
            new GroupResponse(meeting.id(), action.actionId(), action.partnershipId(), text));
        recordForPartnership(group, meeting, action, text);
      } else if (!before.get().response().equals(text)) {
        before.get().change(text);
        recordForPartnership(group, meeting, action, text);
      }
    }
  }

  /** The partnership's own audit log says what the group answered, and when. */
  private void recordForPartnership(
      GroupContext group, GroupMeeting meeting, OversightDashboard.RaisedLine action, String text) {
    audit.record(
        actor(group),
        action.partnershipId(),
        "OVERSIGHT_RESPONSE_GIVEN",
        action.title(),
        group.group().name() + ", " + meeting.meetingDate() + ": " + text);
  }

  private static Map<UUID, OversightDashboard.RaisedLine> byAction(
      List<OversightDashboard.RaisedLine> visible) {
    return visible.stream()
        .collect(
            Collectors.toMap(
                OversightDashboard.RaisedLine::actionId, Function.identity(), (a, b) -> a));
  }

  private static String day(GroupMeetingRecord record) {
    return record.meetingDate().toString();
  }

  private static AuditEvent.Actor actor(GroupContext group) {
    return new AuditEvent.Actor(group.user().accountId(), group.user().email());
  }
}

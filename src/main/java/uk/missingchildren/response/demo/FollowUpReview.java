package uk.missingchildren.response.demo;

import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.action.ImpactRating;
import uk.missingchildren.response.followup.FollowUpScope;
import uk.missingchildren.response.followup.FollowUpService;
import uk.missingchildren.response.meeting.AttendeeService;
import uk.missingchildren.response.meeting.MeetingDetailsForm;
import uk.missingchildren.response.meeting.MeetingKind;
import uk.missingchildren.response.meeting.MeetingKinds;

/**
 * Eastmoor's follow-up meeting: every open action on the agenda, four of them reviewed (one
 * completed, one handed to a new lead, two still in progress), two not reached, and the date of the
 * next meeting set when it finishes.
 */
@Component
@Profile("demo")
class FollowUpReview {

  /** The next meeting, in days from today. */
  static final int NEXT_MEETING_IN_DAYS = 76;

  private static final List<Person> ROOM =
      List.of(Person.ALEX, Person.PRIYA, Person.HELEN, Person.GARETH, Person.TOM);

  private final FollowUpService followUps;
  private final AttendeeService attendees;
  private final MeetingKind meetings;
  private final ActionProgress progress;
  private final FormRules rules;
  private final StoryText text;

  FollowUpReview(
      FollowUpService followUps,
      AttendeeService attendees,
      MeetingKinds kinds,
      ActionProgress progress,
      FormRules rules,
      StoryText text) {
    this.followUps = followUps;
    this.attendees = attendees;
    this.meetings = kinds.at("follow-ups");
    this.progress = progress;
    this.rules = rules;
    this.text = text;
  }

  UUID meet(Story story) {
    MeetingDetailsForm details =
        rules.meeting(
            new MeetingDetailsForm(),
            story.day(),
            text.name(Person.PRIYA),
            text.name(Person.CHRIS));
    UUID meeting =
        followUps.start(story.partnership(), details.details(), FollowUpScope.ALL_OPEN, null).id();
    ROOM.forEach(
        person ->
            attendees.add(
                story.partnership(), meetings, meeting, rules.check(text.attendee(person))));
    progress.update(
        story,
        DemoAction.OUT_OF_AREA,
        "meeting.outOfArea",
        ActionStatus.IN_PROGRESS,
        null,
        meeting);
    progress.handOver(story, DemoAction.TIMESCALE, "meeting.timescale", Person.SUNITA, meeting);
    progress.update(
        story,
        DemoAction.TRAINING,
        "meeting.training",
        ActionStatus.COMPLETED,
        ImpactRating.SOME,
        meeting);
    progress.update(
        story, DemoAction.FINDINGS, "meeting.findings", ActionStatus.IN_PROGRESS, null, meeting);
    followUps.finish(story.partnership(), meeting, story.fromToday(NEXT_MEETING_IN_DAYS));
    return meeting;
  }
}

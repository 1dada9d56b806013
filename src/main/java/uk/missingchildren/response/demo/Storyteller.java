package uk.missingchildren.response.demo;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.action.ImpactRating;
import uk.missingchildren.response.agencyviews.GiverAccess;
import uk.missingchildren.response.reminder.ReminderJob;

/**
 * Eastmoor's nine months, day by day, told through the same services a partnership uses: the
 * timeline is here, what happens on each day in the chapter it names.
 */
@Component
@Profile("demo")
class Storyteller {

  private final StoryClock clock;
  private final ReminderJob reminders;
  private final Founding founding;
  private final StageOneBenchmarks stageOne;
  private final StageTwoReviews stageTwo;
  private final ActionProgress progress;
  private final FollowUpReview followUp;
  private final ViewsBeforeTheMeeting viewsBefore;

  Storyteller(
      StoryClock clock,
      ReminderJob reminders,
      Founding founding,
      StageOneBenchmarks stageOne,
      StageTwoReviews stageTwo,
      ActionProgress progress,
      FollowUpReview followUp,
      ViewsBeforeTheMeeting viewsBefore) {
    this.viewsBefore = viewsBefore;
    this.clock = clock;
    this.reminders = reminders;
    this.founding = founding;
    this.stageOne = stageOne;
    this.stageTwo = stageTwo;
    this.progress = progress;
    this.followUp = followUp;
  }

  void tell() {
    Story story = new Story(clock, reminders);
    try {
      story.on(270);
      story.begin(founding.found());
      story.on(240);
      UUID firstBenchmark = stageOne.first(story);
      story.on(210);
      stageTwo.returnHomeInterviews(story, firstBenchmark);
      story.on(150);
      progress.update(
          story,
          DemoAction.OUT_OF_AREA,
          "update.outOfAreaStarted",
          ActionStatus.IN_PROGRESS,
          null,
          null);
      story.on(130);
      progress.update(
          story, DemoAction.LEAFLET, "update.leafletStarted", ActionStatus.IN_PROGRESS, null, null);
      story.on(120);
      progress.update(
          story,
          DemoAction.TRAINING,
          "update.trainingStarted",
          ActionStatus.IN_PROGRESS,
          null,
          null);
      story.on(105);
      progress.update(
          story,
          DemoAction.LEAFLET,
          "update.leafletClosed",
          ActionStatus.CLOSED,
          ImpactRating.SIGNIFICANT,
          null);
      story.on(67);
      UUID secondBenchmark = stageOne.startSecond(story, firstBenchmark, story.fromToday(-60));
      Map<Person, GiverAccess> asked =
          viewsBefore.ask(story, secondBenchmark, story.fromToday(-61));
      story.on(63);
      viewsBefore.give(story, secondBenchmark, asked);
      story.on(60);
      stageOne.meetSecond(story, secondBenchmark);
      viewsBefore.recordInTheMeeting(story, secondBenchmark);
      stageOne.submit(story, secondBenchmark);
      story.on(40);
      progress.update(
          story,
          DemoAction.FINDINGS,
          "update.findingsStarted",
          ActionStatus.IN_PROGRESS,
          null,
          null);
      story.on(20);
      stageTwo.repeatMissing(story, secondBenchmark);
      story.on(14);
      followUp.meet(story);
      story.end();
    } finally {
      // Whatever happened, the service goes on at the real time.
      clock.backToNow();
    }
  }
}

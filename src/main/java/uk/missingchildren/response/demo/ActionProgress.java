package uk.missingchildren.response.demo;

import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionChange;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.action.ImpactRating;

/**
 * Updates to Eastmoor's actions, from an action's own page or at a follow-up meeting, through the
 * same rules as any update ({@code Action.apply}): closing needs an impact, a new lead needs a
 * reason. The words of an update are under its key: {@code .progress}, {@code .impact}, {@code
 * .reason}.
 */
@Component
@Profile("demo")
class ActionProgress {

  private final ActionService actions;
  private final StoryText text;

  ActionProgress(ActionService actions, StoryText text) {
    this.actions = actions;
    this.text = text;
  }

  /**
   * Progress and a status, with the impact so far when {@code impact} is given; in a meeting, or
   * not (null).
   */
  void update(
      Story story,
      DemoAction which,
      String key,
      ActionStatus status,
      ImpactRating impact,
      UUID meeting) {
    Action action = actions.action(story.partnership(), story.action(which));
    record(
        story,
        action,
        meeting,
        new ActionChange(
            text.text(key + ".progress"),
            status,
            impact == null ? null : text.text(key + ".impact"),
            impact,
            action.owner(),
            action.agency(),
            action.leadPerson(),
            action.leadEmail(),
            action.dueDate(),
            null));
  }

  /** Progress, and the action handed to a new lead, for the reason given. */
  void handOver(Story story, DemoAction which, String key, Person newLead, UUID meeting) {
    Action action = actions.action(story.partnership(), story.action(which));
    record(
        story,
        action,
        meeting,
        new ActionChange(
            text.text(key + ".progress"),
            action.status(),
            null,
            null,
            action.owner(),
            action.agency(),
            text.name(newLead),
            text.email(newLead),
            action.dueDate(),
            text.text(key + ".reason")));
  }

  private void record(Story story, Action action, UUID meeting, ActionChange change) {
    if (!actions
        .update(story.partnership(), action.id(), change, action.version(), meeting)
        .recorded()) {
      throw new IllegalStateException(
          "The demonstration's update of \"" + action.title() + "\" met a conflict");
    }
  }
}

package uk.missingchildren.response.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionUpdate;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.meeting.MeetingNow;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;
import uk.missingchildren.response.shared.web.Words;

/**
 * A follow-up meeting as its followers see it: the action on the room's screen, where it stands,
 * and what the meeting has decided about it.
 */
@Component
class FollowUpNow {

  private final FollowUpService followUps;
  private final FrameworkCatalogue catalogue;
  private final DisplayDates dates;
  private final Words words;

  FollowUpNow(
      FollowUpService followUps, FrameworkCatalogue catalogue, DisplayDates dates, Words words) {
    this.followUps = followUps;
    this.catalogue = catalogue;
    this.dates = dates;
    this.words = words;
  }

  MeetingNow now(PartnershipContext context, UUID meetingId, String actionId) {
    FollowUpView view = followUps.view(context, meetingId);
    Agenda agenda = view.agenda();
    return new MeetingNow(
        words.of("presenter.followUp.meeting", dates.day(view.meeting().meetingDate())),
        words.of("follow.followUp.progress", agenda.reviewedCount(), agenda.entries().size()),
        view.meeting().completed(),
        entry(agenda, actionId).map(entry -> shown(agenda, entry)).orElse(null));
  }

  private static Optional<Agenda.Entry> entry(Agenda agenda, String actionId) {
    try {
      return actionId == null ? Optional.empty() : agenda.entry(UUID.fromString(actionId));
    } catch (IllegalArgumentException notAnActionId) {
      return Optional.empty();
    }
  }

  private MeetingNow.Shown shown(Agenda agenda, Agenda.Entry entry) {
    Action action = entry.action();
    List<MeetingNow.Fact> facts = new ArrayList<>();
    facts.add(
        new MeetingNow.Fact(
            words.of("action.field.status"),
            words.of(action.status().messageKey())
                + (entry.overdue() ? ", " + words.of("follow.followUp.overdue") : "")));
    facts.add(new MeetingNow.Fact(words.of("action.field.due"), dates.day(action.dueDate())));
    entry.decisions().stream()
        .reduce((first, second) -> second)
        .ifPresentOrElse(
            latest -> facts.addAll(decided(latest)),
            () ->
                facts.add(
                    new MeetingNow.Fact(
                        words.of("follow.followUp.decided"), words.of("follow.followUp.notYet"))));
    String theme =
        catalogue
            .current()
            .themeWithId(action.themeId())
            .map(Theme::shortTitle)
            .orElse(action.themeId());
    return new MeetingNow.Shown(
        words.of(
            "presenter.followUp.position",
            agenda.entries().indexOf(entry) + 1,
            agenda.entries().size(),
            theme),
        action.title(),
        null,
        List.of(new MeetingNow.Part(null, facts)));
  }

  private List<MeetingNow.Fact> decided(ActionUpdate decision) {
    List<MeetingNow.Fact> facts = new ArrayList<>();
    String progress = decision.progress();
    facts.add(
        new MeetingNow.Fact(
            words.of("follow.followUp.decided"),
            progress == null || progress.isBlank()
                ? words.of(decision.statusAfter().messageKey())
                : progress));
    if (decision.impactRating() != null) {
      facts.add(
          new MeetingNow.Fact(
              words.of("follow.followUp.impact"), words.of(decision.impactRating().messageKey())));
    }
    return facts;
  }
}

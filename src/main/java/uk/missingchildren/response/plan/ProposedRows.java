package uk.missingchildren.response.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ProposalDecision;
import uk.missingchildren.response.action.ProposalOutcome;
import uk.missingchildren.response.action.Proposals;
import uk.missingchildren.response.benchmark.WrittenActionsArising;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.shared.time.UkTime;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * Turns the partnership's proposed actions into {@link ProposedRow}s: those still to be decided, in
 * the order the action plan page lists them, then those merged or set aside, most recent decision
 * first. Those agreed are actions, and in the plan as such.
 */
@Component
class ProposedRows {

  private final PlanWords words;
  private final DisplayDates dates;
  private final FrameworkCatalogue catalogue;

  ProposedRows(PlanWords words, DisplayDates dates, FrameworkCatalogue catalogue) {
    this.words = words;
    this.dates = dates;
    this.catalogue = catalogue;
  }

  List<ProposedRow> rows(Proposals proposals) {
    List<ProposedRow> rows = new ArrayList<>();
    proposals
        .pending()
        .forEach(pending -> rows.add(written(pending.arising(), pending.text(), "PENDING", null)));
    for (Proposals.Decided decided : proposals.decided()) {
      ProposalDecision decision = decided.decision();
      if (decision.outcome() == ProposalOutcome.AGREED) {
        continue;
      }
      String said = decision(decided);
      rows.add(
          decided
              .arising()
              .map(
                  arising ->
                      written(arising, decision.proposedText(), decision.outcome().name(), said))
              .orElseGet(() -> withoutArising(decision, said)));
    }
    return rows;
  }

  /** {@code text} is the actions arising as written, or as they read when they were decided. */
  private ProposedRow written(
      WrittenActionsArising arising, String text, String status, String decision) {
    Question question = arising.question();
    String writtenBy =
        arising.writtenAt() == null
            ? null
            : arising.writtenBy() == null
                ? words.message("proposed.writtenAt", dates.dateTime(arising.writtenAt()))
                : words.message(
                    "proposed.writtenByName",
                    arising.writtenBy(),
                    dates.dateTime(arising.writtenAt()));
    return new ProposedRow(
        arising.theme().id(),
        arising.theme().title(),
        words.message("plan.source.STAGE_ONE_QUESTION", question.id()),
        words.message(
            "proposed.cardCaption",
            arising.theme().shortTitle(),
            arising.number(),
            dates.day(arising.meetingDate())),
        question.text().strip(),
        arising.answer(),
        text,
        writtenBy,
        arising.writtenAt() == null ? null : UkTime.dateOf(arising.writtenAt()),
        words.message("plan.proposed.status." + status),
        decision);
  }

  /**
   * A decided proposal whose actions arising have since been cleared: its words as decided, its
   * area and question from the current framework.
   */
  private ProposedRow withoutArising(ProposalDecision decision, String said) {
    String questionId = decision.questionId();
    List<Question> questions = catalogue.current().questions();
    Optional<Question> question =
        questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    Optional<Theme> theme =
        question.flatMap(
            q ->
                catalogue.current().themes().stream()
                    .filter(t -> t.id().equals(q.themeId()))
                    .findFirst());
    return new ProposedRow(
        theme.map(Theme::id).orElse(null),
        theme.map(Theme::title).orElse(null),
        words.message("plan.source.STAGE_ONE_QUESTION", questionId),
        words.message(
            "plan.proposed.questionOnly",
            theme.map(Theme::shortTitle).orElse(questionId),
            question.map(q -> questions.indexOf(q) + 1).map(String::valueOf).orElse(questionId)),
        question.map(q -> q.text().strip()).orElse(null),
        null,
        decision.proposedText(),
        null,
        null,
        words.message("plan.proposed.status." + decision.outcome().name()),
        said);
  }

  /** "Set aside. Reason: already done", then "Decided by Sam Patel, 4 December 2026 at 10:42am." */
  private String decision(Proposals.Decided decided) {
    ProposalDecision decision = decided.decision();
    String when = dates.dateTime(decision.decidedAt());
    String who =
        decided.decidedBy() == null
            ? words.message("plan.proposed.decidedAt", when)
            : words.message("plan.proposed.decidedBy", decided.decidedBy(), when);
    String what =
        decision.outcome() == ProposalOutcome.SET_ASIDE
            ? words.message("plan.proposed.setAside", decision.reason())
            : decided
                .action()
                .map(
                    (Action action) ->
                        words.message("plan.proposed.merged", action.reference(), action.title()))
                .orElseGet(() -> words.message("plan.proposed.mergedGone"));
    // On a line of its own: a reason typed without a full stop would run into it.
    return what + "\n" + who;
  }
}

package uk.missingchildren.response.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * The words of the plan's files: column headers, values as text, and the printed documents' layout.
 */
@Component
class PlanWords {

  private static final Locale LOCALE = Locale.UK;

  private final MessageSource messages;
  private final DisplayDates dates;

  PlanWords(MessageSource messages, DisplayDates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  String header(PlanColumn column) {
    return message(column.headerKey());
  }

  /** "Yes" or "No", as the Overdue column says it. */
  String yesNo(boolean value) {
    return message(value ? "plan.yes" : "plan.no");
  }

  String title(ActionPlan plan) {
    return message("plan.document.title", plan.partnershipName());
  }

  String exported(ActionPlan plan) {
    String exported =
        message(
            "plan.document.exported",
            dates.day(plan.exportedOn()),
            plan.rows().size(),
            plan.overdueCount());
    long pending = plan.pendingCount();
    return pending == 0 ? exported : exported + " " + message("plan.document.proposed", pending);
  }

  PrintedPlan printed(ActionPlan plan) {
    List<PlanColumn> details =
        Arrays.stream(PlanColumn.values()).filter(PlanColumn::detail).toList();
    String notGiven = message("plan.notGiven");
    List<PrintedPlan.Area> areas =
        plan.areas().stream()
            .map(
                area ->
                    new PrintedPlan.Area(
                        area.themeId(),
                        area.title(),
                        area.rows().stream()
                            .map(
                                row ->
                                    new PrintedPlan.Entry(
                                        message(
                                            "plan.document.actionHeading",
                                            row.reference(),
                                            row.title()),
                                        row.overdue(),
                                        details.stream()
                                            .map(
                                                column ->
                                                    new PrintedPlan.Detail(
                                                        header(column),
                                                        printed(column.valueOf(row), notGiven),
                                                        column == PlanColumn.OVERDUE
                                                            && row.overdue()))
                                            .toList()))
                            .toList()))
            .toList();
    return new PrintedPlan(
        title(plan),
        plan.partnershipName(),
        exported(plan),
        message("plan.document.footer", plan.partnershipName(), dates.day(plan.exportedOn())),
        areas,
        new PrintedPlan.Proposed(
            message("plan.proposed.heading"),
            message("plan.proposed.lead"),
            plan.proposed().stream().map(row -> proposed(row, notGiven)).toList()));
  }

  /** A proposed action's heading and details, in the order the action plan page shows them. */
  private PrintedPlan.Entry proposed(ProposedRow row, String notGiven) {
    List<PrintedPlan.Detail> details = new ArrayList<>();
    details.add(new PrintedPlan.Detail(header(PlanColumn.STATUS), row.statusLabel(), false));
    details.add(
        new PrintedPlan.Detail(
            message("proposed.question"), printed(row.questionText(), notGiven), false));
    details.add(
        new PrintedPlan.Detail(message("proposed.text"), printed(row.text(), notGiven), false));
    details.add(
        new PrintedPlan.Detail(
            message("proposed.answer"),
            row.answer() == null ? message("proposed.noAnswer") : row.answer(),
            false));
    details.add(
        new PrintedPlan.Detail(
            message("proposed.writtenBy"), printed(row.writtenBy(), notGiven), false));
    if (!row.pending()) {
      details.add(new PrintedPlan.Detail(message("plan.proposed.decision"), row.decision(), false));
    }
    return new PrintedPlan.Entry(row.meeting(), false, details);
  }

  private String printed(Object value, String notGiven) {
    if (value instanceof LocalDate date) {
      return dates.day(date);
    }
    if (value instanceof Boolean yes) {
      return yesNo(yes);
    }
    return value == null || value.toString().isBlank() ? notGiven : value.toString();
  }

  String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, LOCALE);
  }
}

package uk.missingchildren.response.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The partnership's action plan at the moment of an export: every action in register order (soonest
 * due first), the same actions grouped by thematic area in the framework's order, and the actions
 * arising from stage one that are not actions of their own: those still to be decided first, then
 * those merged or set aside.
 *
 * @param exportedOn the day of the export in the UK, against which "overdue" was worked out
 */
record ActionPlan(
    String partnershipName,
    Instant exportedAt,
    LocalDate exportedOn,
    String frameworkVersion,
    List<PlanRow> rows,
    List<Area> areas,
    List<ProposedRow> proposed) {

  /** The actions, then the proposed actions, as the spreadsheet and the CSV file list them. */
  List<PlanRow> allRows() {
    return Stream.concat(rows.stream(), proposed.stream().map(ProposedRow::asPlanRow)).toList();
  }

  long pendingCount() {
    return proposed.stream().filter(ProposedRow::pending).count();
  }

  long overdueCount() {
    return rows.stream().filter(PlanRow::overdue).count();
  }

  /** One thematic area's actions, in register order. */
  record Area(String themeId, String title, List<PlanRow> rows) {}
}

package uk.missingchildren.response.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The partnership's action plan at the moment of an export: every action in register order (soonest
 * due first), and the same actions grouped by thematic area in the framework's order.
 *
 * @param exportedOn the day of the export in the UK, against which "overdue" was worked out
 */
record ActionPlan(
    String partnershipName,
    Instant exportedAt,
    LocalDate exportedOn,
    String frameworkVersion,
    List<PlanRow> rows,
    List<Area> areas) {

  long overdueCount() {
    return rows.stream().filter(PlanRow::overdue).count();
  }

  /** One thematic area's actions, in register order. */
  record Area(String themeId, String title, List<PlanRow> rows) {}
}

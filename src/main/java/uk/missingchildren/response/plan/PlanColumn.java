package uk.missingchildren.response.plan;

import java.util.function.Function;

/**
 * The columns of the spreadsheet and the CSV file, in order, and the details the Word and PDF
 * documents list under each action's heading. The header is a message key; the width is in
 * characters, for the spreadsheet.
 */
enum PlanColumn {
  REFERENCE("plan.column.reference", Kind.TEXT, 11, PlanRow::reference),
  AREA("plan.column.area", Kind.TEXT, 30, PlanRow::themeTitle),
  SOURCE("plan.column.source", Kind.TEXT, 24, PlanRow::sourceLabel),
  SOURCE_TEXT("plan.column.sourceText", Kind.LONG_TEXT, 50, PlanRow::sourceText),
  TITLE("plan.column.title", Kind.LONG_TEXT, 36, PlanRow::title),
  DESCRIPTION("plan.column.description", Kind.LONG_TEXT, 60, PlanRow::description),
  OWNER("plan.column.owner", Kind.TEXT, 24, PlanRow::owner),
  LEAD_PERSON("plan.column.leadPerson", Kind.TEXT, 22, PlanRow::leadPerson),
  LEAD_EMAIL("plan.column.leadEmail", Kind.TEXT, 28, PlanRow::leadEmail),
  DUE_DATE("plan.column.dueDate", Kind.DATE, 13, PlanRow::dueDate),
  STATUS("plan.column.status", Kind.TEXT, 14, PlanRow::statusLabel),
  OVERDUE("plan.column.overdue", Kind.YES_NO, 10, PlanRow::overdue),
  SUCCESS_MEASURE("plan.column.successMeasure", Kind.LONG_TEXT, 50, PlanRow::successMeasure),
  DATE_SET("plan.column.dateSet", Kind.DATE, 13, PlanRow::dateSet),
  LATEST_PROGRESS("plan.column.latestProgress", Kind.LONG_TEXT, 50, PlanRow::latestProgress),
  LATEST_IMPACT("plan.column.latestImpact", Kind.LONG_TEXT, 50, PlanRow::latestImpact);

  /**
   * What a column holds: a {@code LocalDate} for DATE, a {@code Boolean} for YES_NO, otherwise
   * text.
   */
  enum Kind {
    TEXT,
    LONG_TEXT,
    DATE,
    YES_NO
  }

  private final String headerKey;
  private final Kind kind;
  private final int width;
  private final Function<PlanRow, Object> value;

  PlanColumn(String headerKey, Kind kind, int width, Function<PlanRow, Object> value) {
    this.headerKey = headerKey;
    this.kind = kind;
    this.width = width;
    this.value = value;
  }

  String headerKey() {
    return headerKey;
  }

  Kind kind() {
    return kind;
  }

  int width() {
    return width;
  }

  Object valueOf(PlanRow row) {
    return value.apply(row);
  }

  /**
   * Whether the Word and PDF documents list it under the action's heading: the area is the section
   * the action sits in, and the reference and title make up the heading itself.
   */
  boolean detail() {
    return this != REFERENCE && this != AREA && this != TITLE;
  }
}

package uk.missingchildren.response.plan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The action plan as CSV (RFC 4180): a header row, then one row per action in register order and
 * one per proposed action from stage one that is not an action of its own, in the spreadsheet's
 * columns; lines end CRLF, and a field with a comma, a double quote or a line break is quoted, its
 * quotes doubled. UTF-8 with a byte order mark, so Excel reads "é" and "’" correctly. Dates are
 * ISO-8601 ("2027-03-31"), which every spreadsheet reads as a date.
 *
 * <p>A field that starts with {@code = + - @}, a tab or a carriage return gets a leading
 * apostrophe: spreadsheets would otherwise run it as a formula (CSV formula injection), and a title
 * such as "=HYPERLINK(…)" typed by anyone in the partnership could then act on whoever opens the
 * file.
 */
@Component
class ActionPlanCsv {

  static final char BYTE_ORDER_MARK = '\uFEFF';
  private static final String LINE_END = "\r\n";
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final PlanWords words;

  ActionPlanCsv(PlanWords words) {
    this.words = words;
  }

  byte[] export(ActionPlan plan) {
    StringBuilder csv = new StringBuilder().append(BYTE_ORDER_MARK);
    List<PlanColumn> columns = Arrays.asList(PlanColumn.values());
    line(csv, columns.stream().map(words::header).toList());
    for (PlanRow row : plan.allRows()) {
      line(csv, columns.stream().map(column -> text(column.valueOf(row))).toList());
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private String text(Object value) {
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof Boolean yes) {
      return words.yesNo(yes);
    }
    return value == null ? "" : value.toString();
  }

  private static void line(StringBuilder csv, List<String> fields) {
    csv.append(fields.stream().map(ActionPlanCsv::field).collect(Collectors.joining(",")))
        .append(LINE_END);
  }

  /** One field, made safe to open in a spreadsheet and quoted where RFC 4180 needs it. */
  static String field(String value) {
    String safe = neutralised(value);
    boolean quote =
        safe.contains(",") || safe.contains("\"") || safe.contains("\r") || safe.contains("\n");
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  static String neutralised(String value) {
    return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }
}

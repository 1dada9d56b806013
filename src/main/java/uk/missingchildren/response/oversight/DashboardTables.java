package uk.missingchildren.response.oversight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * The dashboard's tables as plain rows, for the Word and Excel downloads: the same tables as the
 * page, in the same order. A cell is a number (written as a number to Excel) or text.
 */
@Component
class DashboardTables {

  /**
   * One table: its title, a short name for its sheet (31 characters at most), headings and rows.
   */
  record Table(String title, String sheet, List<String> headers, List<List<Object>> rows) {}

  private final MessageSource messages;
  private final DisplayDates dates;

  DashboardTables(MessageSource messages, DisplayDates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  List<Table> of(OversightDashboard.View view) {
    List<Table> tables = new ArrayList<>();
    tables.add(partnerships(view));
    if (view.sharingStageOne() > 0) {
      tables.add(ratings(view));
      if (view.comparing() > 0) {
        tables.add(change(view));
      }
    }
    if (view.sharingActions() > 0) {
      tables.add(raised(view));
      tables.add(openByArea(view));
    }
    return tables;
  }

  private Table partnerships(OversightDashboard.View view) {
    List<List<Object>> rows = new ArrayList<>();
    for (OversightDashboard.Column column : view.columns()) {
      List<Object> row = new ArrayList<>();
      row.add(column.name());
      if (!column.share().stageOne()) {
        row.add(message("oversight.notShared"));
        row.add(message("oversight.notShared"));
      } else if (column.hasBenchmark()) {
        row.add(dates.day(column.benchmarkDate()));
        row.add(column.stageOne().rounds());
      } else {
        row.add(message("oversight.group.noBenchmark"));
        row.add(0L);
      }
      row.add(
          column.share().checklists()
              ? (Object) (long) column.checklists().size()
              : message("oversight.notShared"));
      row.add(
          column.share().actionSummary()
              ? (Object) column.openActions()
              : message("oversight.notShared"));
      rows.add(row);
    }
    return new Table(
        message("oversight.group.partnerships"),
        message("oversight.sheet.partnerships"),
        List.of(
            message("oversight.group.partnership"),
            message("oversight.group.latestBenchmark"),
            message("oversight.download.rounds"),
            message("oversight.download.checklistAreas"),
            message("oversight.group.openActions")),
        rows);
  }

  private Table ratings(OversightDashboard.View view) {
    List<String> headers = new ArrayList<>();
    headers.add(message("oversight.group.area"));
    view.bands().forEach(band -> headers.add(band.label()));
    headers.add(message("oversight.group.prioritisedBy"));
    List<List<Object>> rows = new ArrayList<>();
    for (OversightDashboard.AreaRow area : view.areas()) {
      List<Object> row = new ArrayList<>();
      row.add(area.theme().title());
      for (OversightDashboard.BandCount count : area.counts()) {
        row.add(holders(count));
      }
      row.add(message("oversight.group.ofPartnerships", area.prioritisedBy(), area.rated()));
      rows.add(row);
    }
    return new Table(
        message("oversight.group.ratingsTable"), message("oversight.sheet.ratings"), headers, rows);
  }

  /** "2: Northside, Southside (priority)", or "0". */
  private String holders(OversightDashboard.BandCount count) {
    if (count.holders().isEmpty()) {
      return "0";
    }
    String priority = " (" + message("oversight.group.priority") + ")";
    return count.count()
        + ": "
        + String.join(
            ", ",
            count.holders().stream()
                .map(holder -> holder.name() + (holder.priority() ? priority : ""))
                .toList());
  }

  private Table change(OversightDashboard.View view) {
    List<List<Object>> rows = new ArrayList<>();
    for (OversightDashboard.AreaRow area : view.areas()) {
      rows.add(List.of(area.theme().title(), area.better(), area.same(), area.worse()));
    }
    return new Table(
        message("oversight.change.heading"),
        message("oversight.sheet.change"),
        List.of(
            message("oversight.group.area"),
            message("oversight.change.better"),
            message("oversight.change.same"),
            message("oversight.change.worse")),
        rows);
  }

  private Table raised(OversightDashboard.View view) {
    List<List<Object>> rows = new ArrayList<>();
    for (OversightDashboard.RaisedLine line : view.raised()) {
      rows.add(
          List.of(
              line.title(),
              line.area(),
              line.partnershipName(),
              line.request(),
              message(line.status().messageKey()),
              dates.day(line.due())));
    }
    return new Table(
        message("oversight.raised.heading"),
        message("oversight.sheet.raised"),
        List.of(
            message("register.column.title"),
            message("oversight.group.area"),
            message("oversight.group.partnership"),
            message("oversight.raised.request"),
            message("action.field.status"),
            message("action.field.due")),
        rows);
  }

  private Table openByArea(OversightDashboard.View view) {
    List<List<Object>> rows = new ArrayList<>();
    for (OversightDashboard.AreaRow area : view.areas()) {
      String by =
          String.join(
              ", ",
              view.openBy(area.theme().id()).stream()
                  .map(open -> message("oversight.actionsByArea.line", open.name(), open.count()))
                  .toList());
      rows.add(List.of(area.theme().title(), view.openIn(area.theme().id()), by));
    }
    return new Table(
        message("oversight.actionsByArea.heading"),
        message("oversight.sheet.openByArea"),
        List.of(
            message("oversight.group.area"),
            message("oversight.actionsByArea.total"),
            message("oversight.actionsByArea.by")),
        rows);
  }

  String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.UK);
  }
}

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
    List<OversightDashboard.Column> rated =
        view.columns().stream().filter(OversightDashboard.Column::hasBenchmark).toList();
    List<String> headers = new ArrayList<>();
    headers.add(message("oversight.group.area"));
    rated.forEach(column -> headers.add(column.name()));
    headers.add(message("oversight.group.spread"));
    headers.add(message("oversight.group.prioritisedBy"));
    List<List<Object>> rows = new ArrayList<>();
    for (OversightDashboard.AreaRow area : view.areas()) {
      List<Object> row = new ArrayList<>();
      row.add(area.theme().title());
      for (OversightDashboard.Column column : rated) {
        OversightDashboard.Rating rating = column.rating(area.theme().id());
        row.add(
            rating == null
                ? ""
                : rating.label()
                    + (rating.priority() ? " (" + message("oversight.group.priority") + ")" : ""));
      }
      row.add(area.spread());
      row.add(message("oversight.group.ofPartnerships", area.prioritisedBy(), area.rated()));
      rows.add(row);
    }
    return new Table(
        message("oversight.group.ratingsTable"), message("oversight.sheet.ratings"), headers, rows);
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
    List<OversightDashboard.Column> sharing =
        view.columns().stream().filter(c -> c.share().actionSummary()).toList();
    List<String> headers = new ArrayList<>();
    headers.add(message("oversight.group.area"));
    sharing.forEach(column -> headers.add(column.name()));
    List<List<Object>> rows = new ArrayList<>();
    for (OversightDashboard.AreaRow area : view.areas()) {
      List<Object> row = new ArrayList<>();
      row.add(area.theme().title());
      sharing.forEach(column -> row.add(column.openIn(area.theme().id())));
      rows.add(row);
    }
    return new Table(
        message("oversight.actionsByArea.heading"),
        message("oversight.sheet.openByArea"),
        headers,
        rows);
  }

  String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, Locale.UK);
  }
}

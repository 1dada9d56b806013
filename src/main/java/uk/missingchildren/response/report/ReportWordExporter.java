package uk.missingchildren.response.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.WordDocument;

/**
 * The stage one report as an editable Word document: the same sections as the page, with Word's
 * heading styles (so the navigation pane lists every area) and tables whose header rows repeat.
 */
@Component
class ReportWordExporter {

  private final MessageSource messages;

  ReportWordExporter(MessageSource messages) {
    this.messages = messages;
  }

  byte[] export(StageOneReport report) {
    WordDocument word =
        new WordDocument(
            message("report.documentTitle", report.partnershipName(), report.meetingDay()),
            message("service.name"));
    word.footer(
        message("report.footer", report.partnershipName(), report.meetingDay()),
        message("export.page.number"),
        message("export.page.of"));
    word.heading(1, message("report.title"));
    word.paragraph(report.partnershipName());
    word.paragraph(message("report.lead", report.meetingDay()));
    headline(word, report);
    priorities(word, report);
    findOut(word, report);
    WordAgencyViews.write(word, report.agencyViews(), messages);
    scores(word, report);
    purposes(word, report);
    meeting(word, report);
    report.areas().forEach(area -> area(word, area, report.unknownFlag()));
    actions(word, report);
    method(word, report);
    return word.toBytes();
  }

  private void headline(WordDocument word, StageOneReport report) {
    word.heading(2, message("report.headline.heading", report.areas().size()));
    word.bullets(
        report.ratingCounts().stream()
            .map(count -> count.label() + " " + message("report.headline.areas", count.areas()))
            .toList());
  }

  private void meeting(WordDocument word, StageOneReport report) {
    word.heading(2, message("report.meeting.heading"));
    word.labelled(message("report.meeting.partnership") + ":", report.partnershipName());
    word.labelled(message("report.meeting.date") + ":", report.meetingDay());
    word.labelled(message("report.meeting.facilitator") + ":", report.facilitator());
    word.labelled(message("report.meeting.noteTaker") + ":", report.noteTaker());
    word.labelled(
        message("report.meeting.framework") + ":",
        message(
            "report.meeting.frameworkValue", report.frameworkTitle(), report.frameworkVersion()));
    word.labelled(message("report.meeting.submitted") + ":", report.submitted());
    WordAttendees.write(word, report.attendees(), messages);
  }

  private void priorities(WordDocument word, StageOneReport report) {
    word.heading(2, message("report.priorities.heading"));
    if (report.priorities().isEmpty()) {
      word.paragraph(message("report.priorities.none"));
      return;
    }
    word.paragraph(
        message("report.priorities.lead", report.priorities().size(), report.unknownLabel()));
    word.numbered(
        report.priorities().stream()
            .map(
                area ->
                    area.title()
                        + ": "
                        + message("report.priorities.rating", area.ratingLabel(), area.percent())
                        + "\n"
                        + area.reason())
            .toList());
  }

  private void findOut(WordDocument word, StageOneReport report) {
    if (report.toFindOut().isEmpty()) {
      return;
    }
    word.heading(2, message("report.findOut.heading"));
    word.paragraph(
        message("report.findOut.lead", report.toFindOut().size(), report.unknownLabel()));
    word.numbered(
        report.toFindOut().stream()
            .map(
                item ->
                    message("report.findOut.item", item.number(), item.text())
                        + "\n"
                        + item.areaTitle())
            .toList());
  }

  private void purposes(WordDocument word, StageOneReport report) {
    if (report.purposes().isEmpty()) {
      return;
    }
    word.bold(message("report.purposes.caption"));
    List<String> headings = new ArrayList<>();
    headings.add(message("report.purposes.purpose"));
    headings.add(message("report.purposes.questions"));
    report.purposes().get(0).answers().forEach(count -> headings.add(count.label()));
    headings.add(message("report.table.score"));
    List<List<String>> rows = new ArrayList<>();
    for (StageOneReport.PurposeResult purpose : report.purposes()) {
      List<String> row = new ArrayList<>();
      row.add(purpose.label());
      row.add(String.valueOf(purpose.questions()));
      purpose.answers().forEach(count -> row.add(String.valueOf(count.count())));
      row.add(message("report.table.percent", purpose.percent()));
      rows.add(row);
    }
    word.dataTable(headings, rows);
  }

  private void scores(WordDocument word, StageOneReport report) {
    word.heading(2, message("report.scores.heading", report.areas().size()));
    word.bold(message("report.table.caption"));
    word.dataTable(
        List.of(
            message("report.table.area"),
            message("report.table.score"),
            message("report.table.points"),
            message("report.table.unknown", report.unknownLabel()),
            message("report.table.rating")),
        report.areas().stream()
            .map(
                area ->
                    List.of(
                        area.title(),
                        message("report.table.percent", area.percent()),
                        message("report.table.pointsValue", area.points(), area.available()),
                        String.valueOf(area.unknown()),
                        area.ratingLabel()))
            .toList());
  }

  private void area(WordDocument word, StageOneReport.Area area, String unknownFlag) {
    word.heading(2, area.title());
    word.labelled(message("report.area.rating") + ":", area.ratingLabel());
    if (area.unknown() > 0 && unknownFlag != null) {
      word.paragraph(unknownFlag);
    }
    word.paragraph(message("report.area.score", area.percent(), area.points(), area.available()));
    word.paragraph(area.ratingDescription());
    word.paragraph(area.reason());
    for (StageOneReport.Question question : area.questions()) {
      word.heading(3, message("report.area.questionHeading", question.number(), question.text()));
      if (question.statutoryDuty()) {
        word.paragraph(message("report.question.statutoryDuty"));
      }
      word.labelled(message("report.question.answer") + ":", question.answer());
      word.labelled(message("report.question.notes") + ":", orNone(question.notes()));
      word.labelled(message("report.question.actions") + ":", orNone(question.actionsArising()));
    }
  }

  private void actions(WordDocument word, StageOneReport report) {
    word.heading(2, message("report.actions.heading"));
    if (report.actions().isEmpty()) {
      word.paragraph(message("report.actions.none"));
      return;
    }
    word.paragraph(message("report.actions.lead"));
    word.numbered(
        report.actions().stream()
            .map(
                action ->
                    action.text()
                        + "\n"
                        + message(
                            "report.actions.from",
                            action.questionNumber(),
                            action.areaTitle(),
                            action.questionText()))
            .toList());
  }

  private void method(WordDocument word, StageOneReport report) {
    word.heading(2, message("report.method.heading"));
    word.paragraph(report.ratingExplanation());
    word.bold(message("report.method.bands.caption"));
    List<String> headings = new ArrayList<>();
    headings.add(message("report.method.bands.rating"));
    headings.add(message("report.method.bands.min"));
    headings.add(message("report.method.bands.unknown", report.unknownLabel()));
    if (report.ratingsAskAboutDuties()) {
      headings.add(message("report.method.bands.duties"));
    }
    headings.add(message("report.method.bands.prioritise"));
    headings.add(message("report.method.bands.description"));
    List<List<String>> bandRows = new ArrayList<>();
    for (StageOneReport.Band band : report.bands()) {
      List<String> row = new ArrayList<>();
      row.add(band.label());
      row.add(message("report.method.bands.minValue", band.minPercent()));
      row.add(
          band.maxUnknown() == null
              ? message("report.method.bands.anyUnknown")
              : band.maxUnknown().toString());
      if (report.ratingsAskAboutDuties()) {
        row.add(band.duties());
      }
      row.add(message(band.prioritise() ? "report.method.bands.yes" : "report.method.bands.no"));
      row.add(band.description());
      bandRows.add(row);
    }
    word.dataTable(headings, bandRows);
    word.bold(message("report.method.examples.caption"));
    List<List<String>> rows = new ArrayList<>();
    for (StageOneReport.WorkedExample example : report.workedExamples()) {
      rows.add(
          List.of(
              String.join("\n", example.answers()),
              message("report.table.pointsValue", example.points(), example.available()),
              message("report.table.percent", example.percent()),
              example.rating()));
    }
    word.dataTable(
        List.of(
            message("report.method.examples.answers"),
            message("report.method.examples.points"),
            message("report.method.examples.score"),
            message("report.method.examples.rating")),
        rows);
  }

  private String orNone(String text) {
    return text == null ? message("report.question.none") : text;
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(
        key, arguments.length == 0 ? null : arguments, StageOneReports.LOCALE);
  }
}

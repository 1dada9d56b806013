package uk.missingchildren.response.report;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.WordDocument;

/**
 * A checklist review's report as an editable Word document: the same sections as the page, with
 * Word's heading styles (so the navigation pane lists every section and item) and tables whose
 * header rows repeat. The actions are one table, ready to paste into an action plan.
 */
@Component
class ChecklistReportWordExporter {

  private final MessageSource messages;

  ChecklistReportWordExporter(MessageSource messages) {
    this.messages = messages;
  }

  byte[] export(ChecklistReport report) {
    WordDocument word =
        new WordDocument(
            message(
                "report.review.documentTitle",
                report.themeTitle(),
                report.round(),
                report.partnershipName()),
            message("service.name"));
    word.footer(
        message(
            "report.review.footer", report.partnershipName(), report.themeTitle(), report.round()),
        message("export.page.number"),
        message("export.page.of"));
    word.heading(1, message("report.review.title", report.themeTitle()));
    word.paragraph(message("report.review.round", report.round()));
    word.paragraph(report.partnershipName());
    word.paragraph(message("report.review.lead", report.meetingDay()));
    meeting(word, report);
    requiredNotMet(word, report);
    priorities(word, report);
    WordAgencyViews.write(word, report.agencyViews(), messages);
    if (report.changes() != null) {
      changes(word, report, report.changes());
    }
    grid(word, report.grid());
    report.sections().forEach(section -> section(word, section));
    actions(word, report);
    return word.toBytes();
  }

  private void meeting(WordDocument word, ChecklistReport report) {
    word.heading(2, message("report.meeting.heading"));
    word.labelled(message("report.meeting.partnership") + ":", report.partnershipName());
    word.labelled(message("report.review.meeting.checklist") + ":", report.themeTitle());
    word.labelled(message("report.review.meeting.round") + ":", String.valueOf(report.round()));
    word.labelled(message("report.meeting.date") + ":", report.meetingDay());
    word.labelled(message("report.meeting.facilitator") + ":", report.facilitator());
    word.labelled(message("report.meeting.noteTaker") + ":", report.noteTaker());
    word.labelled(
        message("report.meeting.framework") + ":",
        message(
            "report.meeting.frameworkValue", report.frameworkTitle(), report.frameworkVersion()));
    word.labelled(message("report.review.meeting.completed") + ":", report.completed());
    WordAttendees.write(word, report.attendees(), messages);
  }

  private void requiredNotMet(WordDocument word, ChecklistReport report) {
    String wording = "." + report.requiredWording();
    word.heading(2, message("report.review.requiredNotMet.heading" + wording));
    if (report.requiredNotMet().isEmpty()) {
      word.paragraph(message("report.review.requiredNotMet.none" + wording));
      return;
    }
    word.paragraph(
        message("report.review.requiredNotMet.lead" + wording, report.requiredNotMet().size()));
    word.bullets(
        report.requiredNotMet().stream()
            .map(
                item ->
                    message("report.review.requiredNotMet.item", item.id(), item.text())
                        + " ("
                        + item.extent()
                        + ")")
            .toList());
  }

  private void priorities(WordDocument word, ChecklistReport report) {
    word.heading(2, message("report.review.priorities.heading"));
    if (report.priorities().isEmpty()) {
      word.paragraph(message("report.review.priorities.none"));
      return;
    }
    word.paragraph(report.prioritiesLead());
    if (report.prioritised() > report.priorities().size()) {
      word.paragraph(
          message(
              "report.review.priorities.shown", report.priorities().size(), report.prioritised()));
    }
    word.bold(message("report.review.priorities.caption"));
    word.dataTable(
        List.of(
            message("report.review.priorities.rank"),
            message("report.review.priorities.item"),
            message("report.review.priorities.extent"),
            message("report.review.priorities.impact"),
            message("report.review.priorities.score")),
        report.priorities().stream()
            .map(
                priority ->
                    List.of(
                        String.valueOf(priority.rank()),
                        itemHeading(priority.item()),
                        orNotRated(priority.item().extent()),
                        orNotRated(priority.item().impact()),
                        message(
                            "report.review.priorities.scoreValue",
                            priority.gap(),
                            priority.impactScore(),
                            priority.score())))
            .toList());
  }

  private void changes(WordDocument word, ChecklistReport report, ChecklistReport.Changes changes) {
    int previous = changes.previousRound();
    word.heading(2, message("report.review.changes.heading", previous));
    word.paragraph(message("report.review.changes.lead", previous));
    word.bold(message("report.review.changes.counts", previous));
    word.labelled(
        message("report.review.changes.improved") + ":",
        message("report.review.changes.count", changes.improved()));
    word.labelled(
        message("report.review.changes.worse") + ":",
        message("report.review.changes.count", changes.worse()));
    word.labelled(
        message("report.review.changes.unchanged") + ":",
        message("report.review.changes.count", changes.unchanged()));
    if (changes.notCompared() > 0) {
      word.labelled(
          message("report.review.changes.notCompared", previous) + ":",
          message("report.review.changes.count", changes.notCompared()));
    }
    if (changes.changed().isEmpty()) {
      word.paragraph(message("report.review.changes.none", previous));
      return;
    }
    word.bold(message("report.review.changes.caption", previous));
    word.dataTable(
        List.of(
            message("report.review.changes.item"),
            message("report.review.changes.extent", previous, report.round()),
            message("report.review.changes.impact", previous, report.round()),
            message("report.review.changes.direction")),
        changes.changed().stream()
            .map(
                change ->
                    List.of(
                        message("report.review.item.heading", change.id(), change.text()),
                        change.extent(),
                        change.impact(),
                        change.direction()))
            .toList());
  }

  private void grid(WordDocument word, ChecklistReport.Grid grid) {
    word.heading(2, message("report.review.grid.heading"));
    word.paragraph(message("report.review.grid.lead"));
    word.bold(message("report.review.grid.caption"));
    List<String> headers = new ArrayList<>();
    headers.add(message("report.review.grid.impact"));
    headers.addAll(grid.extentLabels());
    word.dataTable(
        headers,
        grid.rows().stream()
            .map(
                row -> {
                  List<String> cells = new ArrayList<>();
                  cells.add(row.impactLabel());
                  row.counts().forEach(count -> cells.add(String.valueOf(count)));
                  return cells;
                })
            .toList());
  }

  private void section(WordDocument word, ChecklistReport.Section section) {
    word.heading(2, section.title());
    word.paragraph(section.description());
    if (section.items().isEmpty()) {
      word.paragraph(message("report.review.section.none"));
    }
    for (ChecklistReport.Item item : section.items()) {
      word.heading(3, itemHeading(item));
      word.labelled(message("report.review.item.extent") + ":", item.extent());
      if (!item.notApplicable() || item.impact() != null) {
        word.labelled(message("report.review.item.impact") + ":", orNotRated(item.impact()));
      }
      if (item.notApplicable()) {
        word.labelled(message("report.review.item.reason") + ":", orNone(item.reason()));
      }
      word.labelled(message("report.review.item.evidence") + ":", orNone(item.evidence()));
    }
  }

  private void actions(WordDocument word, ChecklistReport report) {
    word.heading(2, message("report.review.actions.heading"));
    if (report.actions().isEmpty()) {
      word.paragraph(message("report.review.actions.none"));
      return;
    }
    word.paragraph(message("report.review.actions.intro"));
    word.bold(message("report.review.actions.caption"));
    String notGiven = message("report.review.actions.notGiven");
    word.dataTable(
        List.of(
            message("report.review.actions.title"),
            message("report.review.actions.what"),
            message("report.review.actions.owner"),
            message("report.review.actions.leadPerson"),
            message("report.review.actions.due"),
            message("report.review.actions.successMeasure"),
            message("report.review.actions.item")),
        report.actions().stream()
            .map(
                action ->
                    List.of(
                        action.title(),
                        or(action.description(), notGiven),
                        action.owner(),
                        or(action.lead(), notGiven),
                        action.due(),
                        or(action.successMeasure(), notGiven),
                        or(action.itemId(), "")))
            .toList());
  }

  private String itemHeading(ChecklistReport.Item item) {
    return message("report.review.item.heading", item.id(), item.text());
  }

  private String orNotRated(String label) {
    return or(label, message("report.review.notRated"));
  }

  private String orNone(String text) {
    return or(text, message("report.review.item.none"));
  }

  private static String or(String text, String otherwise) {
    return text == null ? otherwise : text;
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(
        key, arguments.length == 0 ? null : arguments, StageOneReports.LOCALE);
  }
}

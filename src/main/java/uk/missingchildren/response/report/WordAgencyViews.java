package uk.missingchildren.response.report;

import org.springframework.context.MessageSource;
import uk.missingchildren.response.export.WordDocument;

/** The agencies' views as a Word section, the same in both reports. */
final class WordAgencyViews {

  private WordAgencyViews() {}

  static void write(WordDocument word, AgencyViewsInReport views, MessageSource messages) {
    if (!views.shown()) {
      return;
    }
    word.heading(2, message(messages, "report.views.heading"));
    if (!views.differedMost().isEmpty()) {
      word.heading(3, message(messages, "report.views.differed.heading"));
      word.paragraph(message(messages, "report.views.differed.lead", views.differedMost().size()));
      for (AgencyViewsInReport.Differed differed : views.differedMost()) {
        word.bold(differed.heading());
        word.paragraph(message(messages, "report.views.differed.level", differed.level()));
        word.bullets(differed.views());
        word.paragraph(message(messages, "report.views.differed.agreed", differed.agreed()));
      }
    }
    if (!views.differentViews().isEmpty()) {
      word.heading(3, message(messages, "report.views.different.heading"));
      word.paragraph(message(messages, "report.views.different.lead"));
      for (AgencyViewsInReport.DifferentView different : views.differentViews()) {
        word.bold(different.heading());
        word.paragraph(
            message(messages, "report.views.different.item", different.agency(), different.view()));
      }
    }
  }

  private static String message(MessageSource messages, String key, Object... arguments) {
    return messages.getMessage(
        key, arguments.length == 0 ? null : arguments, StageOneReports.LOCALE);
  }
}

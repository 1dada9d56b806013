package uk.missingchildren.response.report;

import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.agencyviews.ViewsForReport;
import uk.missingchildren.response.agencyviews.ViewsSubject;

/** Words the agencies' views for a report, whichever kind of meeting it is of. */
@Component
class AgencyViewsReports {

  private final MessageSource messages;

  AgencyViewsReports(MessageSource messages) {
    this.messages = messages;
  }

  /**
   * @param headingKey the message for an item's heading, given its number, id and words
   * @param agreed what the group agreed for an item, by its id
   */
  AgencyViewsInReport of(ViewsForReport views, String headingKey, Function<String, String> agreed) {
    return new AgencyViewsInReport(
        views.differedMost().stream()
            .map(
                spread ->
                    new AgencyViewsInReport.Differed(
                        heading(headingKey, spread.item()),
                        spread.spread().level().label(),
                        spread.answers().stream()
                            .map(
                                answer ->
                                    message(answer.agency().messageKey())
                                        + ": "
                                        + answer.answerLabel())
                            .toList(),
                        agreed.apply(spread.item().id())))
            .toList(),
        views.differentViews().stream()
            .map(
                recorded ->
                    new AgencyViewsInReport.DifferentView(
                        heading(headingKey, recorded.item()),
                        message(recorded.agency().messageKey()),
                        recorded.text()))
            .toList());
  }

  private String heading(String key, ViewsSubject.Item item) {
    return messages.getMessage(
        key, new Object[] {item.number(), item.id(), item.text()}, Locale.UK);
  }

  private String message(String key) {
    return messages.getMessage(key, null, Locale.UK);
  }
}

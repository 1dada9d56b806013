package uk.missingchildren.response.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.ChecklistSection;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.SectionKind;
import uk.missingchildren.response.framework.StageTwoScales;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ItemRating;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewAttendee;
import uk.missingchildren.response.review.ReviewPages;
import uk.missingchildren.response.review.ReviewSummary;
import uk.missingchildren.response.review.ReviewView;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * Turns a completed checklist review and the actions set in it into a {@link ChecklistReport}. The
 * priority order and the grid come from the review's own summary; the labels from the framework
 * version it was rated against.
 */
@Component
class ChecklistReports {

  private final MessageSource messages;
  private final DisplayDates dates;

  ChecklistReports(MessageSource messages, DisplayDates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  ChecklistReport of(
      PartnershipContext context,
      ReviewView view,
      List<ReviewAttendee> attendees,
      List<Action> actions,
      AgencyViewsInReport agencyViews) {
    Review review = view.review();
    StageTwoScales scales = view.framework().stageTwo();
    Map<String, ChecklistReport.Item> items =
        view.items().stream()
            .collect(
                Collectors.toMap(
                    ChecklistItem::id,
                    item -> item(view.evaluated(item), view),
                    (a, b) -> a,
                    java.util.LinkedHashMap::new));
    ReviewSummary summary = view.summary();
    List<ItemRating> ranked = summary.priorities();
    List<ChecklistReport.Priority> priorities = new ArrayList<>();
    for (int i = 0; i < Math.min(ranked.size(), ChecklistReport.MAX_PRIORITIES); i++) {
      ItemRating rating = ranked.get(i);
      priorities.add(
          new ChecklistReport.Priority(
              i + 1,
              items.get(rating.item().id()),
              rating.gap(scales),
              rating.impact() == null || rating.impact().score() == null
                  ? 0
                  : rating.impact().score(),
              rating.priority(scales)));
    }
    String slug = view.theme().slug();
    return new ChecklistReport(
        ReviewPages.report(context.partnershipId(), review.id()),
        "checklist-review-" + slug + "-round-" + review.round(),
        context.partnership().name(),
        view.theme().title(),
        review.round(),
        dates.day(review.meetingDate()),
        review.facilitator(),
        review.noteTaker(),
        review.frameworkVersion(),
        view.framework().title(),
        dates.dateTime(review.completedAt()),
        attendees.stream()
            .map(
                a ->
                    new StageOneReport.Attendee(
                        a.name(), message(a.agency().messageKey()), a.role()))
            .toList(),
        review.round() > 1 ? changes(view) : null,
        grid(scales, summary),
        view.items().stream()
            .filter(item -> view.evaluated(item).requiredGap(scales))
            .map(item -> items.get(item.id()))
            .toList(),
        scales.requiredFirstIncludesPartlyMet() ? "notFullyMet" : "notMet",
        priorities,
        scales.priorityExplanation() == null
            ? message("report.review.priorities.lead")
            : scales.priorityExplanation(),
        ranked.size(),
        sections(view, items),
        actions.stream().map(this::action).toList(),
        agencyViews);
  }

  private ChecklistReport.Item item(ItemRating rating, ReviewView view) {
    ChecklistItem item = rating.item();
    String evidence = view.rating(item.id()).map(r -> r.evidence()).orElse(null);
    return new ChecklistReport.Item(
        item.id(),
        item.text(),
        message(item.section().messageKey() + ".title"),
        label(rating.extent()),
        label(rating.impact()),
        rating.notApplicable() ? blankToNull(rating.reason()) : null,
        blankToNull(evidence),
        rating.notApplicable());
  }

  private List<ChecklistReport.Section> sections(
      ReviewView view, Map<String, ChecklistReport.Item> items) {
    Map<SectionKind, ChecklistSection> byKind = new EnumMap<>(SectionKind.class);
    view.theme().checklist().sections().forEach(section -> byKind.put(section.kind(), section));
    List<ChecklistReport.Section> sections = new ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      List<ChecklistReport.Item> inSection =
          byKind.containsKey(kind)
              ? byKind.get(kind).activeItems().stream().map(i -> items.get(i.id())).toList()
              : List.of();
      sections.add(
          new ChecklistReport.Section(
              kind.key(),
              message(kind.messageKey() + ".title"),
              message(kind.messageKey() + ".description"),
              inSection));
    }
    return sections;
  }

  private ChecklistReport.Changes changes(ReviewView view) {
    Map<ReviewReportChange, Integer> counts = new EnumMap<>(ReviewReportChange.class);
    List<ChecklistReport.Change> changed = new ArrayList<>();
    for (ChecklistItem item : view.items()) {
      ItemRating before = view.previous(item);
      ItemRating after = view.evaluated(item);
      ReviewReportChange direction = ReviewReportChange.between(before, after);
      counts.merge(direction, 1, Integer::sum);
      if (ReviewReportChange.ratingChanged(before, after)) {
        changed.add(
            new ChecklistReport.Change(
                item.id(),
                item.text(),
                fromTo(before.extent(), after.extent()),
                fromTo(before.impact(), after.impact()),
                message(direction.messageKey())));
      }
    }
    return new ChecklistReport.Changes(
        view.review().round() - 1,
        changed,
        counts.getOrDefault(ReviewReportChange.IMPROVED, 0),
        counts.getOrDefault(ReviewReportChange.WORSE, 0),
        counts.getOrDefault(ReviewReportChange.UNCHANGED, 0),
        counts.getOrDefault(ReviewReportChange.NOT_COMPARED, 0));
  }

  /** Rows in the order of the impact scale, columns in the order of the extent scale. */
  private static ChecklistReport.Grid grid(StageTwoScales scales, ReviewSummary summary) {
    List<ScaleOption> columns =
        scales.extent().stream().filter(option -> option.score() != null).toList();
    List<ChecklistReport.GridRow> rows =
        scales.impact().stream()
            .map(
                impact ->
                    new ChecklistReport.GridRow(
                        impact.label(),
                        columns.stream()
                            .map(
                                extent ->
                                    summary
                                        .extentByImpact()
                                        .getOrDefault(impact.value(), Map.of())
                                        .getOrDefault(extent.value(), 0L))
                            .toList()))
            .toList();
    return new ChecklistReport.Grid(columns.stream().map(ScaleOption::label).toList(), rows);
  }

  private ChecklistReport.Action action(Action action) {
    String owner =
        action.owner() == ActionOwner.AGENCY && action.agency() != null
            ? message(action.agency().messageKey())
            : message("report.review.actions.partnership");
    return new ChecklistReport.Action(
        action.title(),
        blankToNull(action.description()),
        owner,
        action.leadPerson(),
        dates.day(action.dueDate()),
        blankToNull(action.successMeasure()),
        action.source() == ActionSource.CHECKLIST_ITEM ? action.sourceId() : null);
  }

  /** "Partly met → Fully met", or just "Fully met" when the option is the same in both rounds. */
  private String fromTo(ScaleOption before, ScaleOption after) {
    String was = labelOrNone(before);
    String now = labelOrNone(after);
    return was.equals(now) ? now : message("report.review.changes.fromTo", was, now);
  }

  private String labelOrNone(ScaleOption option) {
    return option == null ? message("report.review.notRated") : option.label();
  }

  private static String label(ScaleOption option) {
    return option == null ? null : option.label();
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(
        key, arguments.length == 0 ? null : arguments, StageOneReports.LOCALE);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

package uk.missingchildren.response.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.ActionUpdate;
import uk.missingchildren.response.action.ProposedActionsService;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.shared.time.UkTime;

/**
 * Turns the partnership's register into {@link PlanRow}s: the one place that decides what each
 * export says about an action. Areas, questions and items are named from the framework version of
 * the review the action was set in (the current version otherwise), so an action keeps the words it
 * was set against after a new version is published.
 */
@Component
public class PlanRows {

  private final ActionService actions;
  private final ProposedActionsService proposals;
  private final ProposedRows proposedRows;
  private final ReviewService reviews;
  private final FrameworkCatalogue catalogue;
  private final PlanWords words;
  private final Clock clock;

  PlanRows(
      ActionService actions,
      ProposedActionsService proposals,
      ProposedRows proposedRows,
      ReviewService reviews,
      FrameworkCatalogue catalogue,
      PlanWords words,
      Clock clock) {
    this.actions = actions;
    this.proposals = proposals;
    this.proposedRows = proposedRows;
    this.reviews = reviews;
    this.catalogue = catalogue;
    this.words = words;
    this.clock = clock;
  }

  /** Every action of the partnership in register order, as of now. */
  public List<PlanRow> rows(PartnershipContext context) {
    return rows(context, UkTime.today(clock));
  }

  ActionPlan plan(PartnershipContext context) {
    Instant now = clock.instant();
    LocalDate today = UkTime.dateOf(now);
    List<Action> register = actions.register(context);
    List<PlanRow> rows = rows(context, register, today);
    return new ActionPlan(
        context.partnership().name(),
        now,
        today,
        catalogue.current().version(),
        rows,
        areas(rows),
        proposedRows.rows(proposals.proposals(context, register)));
  }

  private List<PlanRow> rows(PartnershipContext context, LocalDate today) {
    return rows(context, actions.register(context), today);
  }

  private List<PlanRow> rows(PartnershipContext context, List<Action> register, LocalDate today) {
    Map<UUID, String> versionOfReview =
        reviews.reviews(context).stream()
            .collect(Collectors.toMap(Review::id, Review::frameworkVersion));
    Map<String, Names> names = new HashMap<>();
    // Updates come oldest first, so the last one kept for each action is its latest.
    Map<UUID, ActionUpdate> latestProgress = new HashMap<>();
    Map<UUID, ActionUpdate> latestImpact = new HashMap<>();
    for (ActionUpdate update : actions.allUpdates(context)) {
      if (update.progress() != null) {
        latestProgress.put(update.actionId(), update);
      }
      if (update.impactRating() != null) {
        latestImpact.put(update.actionId(), update);
      }
    }
    return register.stream()
        .map(
            action -> {
              String version =
                  versionOfReview.getOrDefault(action.reviewId(), catalogue.current().version());
              return row(
                  action,
                  names.computeIfAbsent(version, this::names),
                  today,
                  latestProgress.get(action.id()),
                  latestImpact.get(action.id()));
            })
        .toList();
  }

  private PlanRow row(
      Action action, Names names, LocalDate today, ActionUpdate progress, ActionUpdate impact) {
    boolean fromItem = action.source() == ActionSource.CHECKLIST_ITEM;
    String sourceText =
        fromItem
            ? text(names.items().get(action.sourceId()), ChecklistItem::text)
            : text(names.questions().get(action.sourceId()), Question::text);
    String owner =
        action.owner() == ActionOwner.AGENCY && action.agency() != null
            ? words.message(action.agency().messageKey())
            : words.message(ActionOwner.PARTNERSHIP.messageKey());
    return new PlanRow(
        action.id(),
        action.reference(),
        action.themeId(),
        text(names.themes().get(action.themeId()), Theme::title, action.themeId()),
        action.source(),
        action.sourceId(),
        words.message("plan.source." + action.source().name(), action.sourceId()),
        sourceText,
        action.title(),
        action.description(),
        owner,
        action.leadPerson(),
        blankToNull(action.leadEmail()),
        action.dueDate(),
        action.status(),
        words.message(action.status().messageKey()),
        action.overdue(today),
        action.successMeasure(),
        UkTime.dateOf(action.createdAt()),
        progress == null ? null : progress.progress(),
        impact == null
            ? null
            : words.message(impact.impactRating().messageKey()) + ". " + impact.impactStatement());
  }

  /**
   * The areas that have actions, in the current framework's order (areas it no longer has last).
   */
  private List<ActionPlan.Area> areas(List<PlanRow> rows) {
    List<String> order = catalogue.current().themes().stream().map(Theme::id).toList();
    Map<String, List<PlanRow>> byArea = new LinkedHashMap<>();
    rows.forEach(row -> byArea.computeIfAbsent(row.themeId(), id -> new ArrayList<>()).add(row));
    return byArea.entrySet().stream()
        .sorted(
            Comparator.comparing(
                    (Map.Entry<String, List<PlanRow>> area) -> position(order, area.getKey()))
                .thenComparing(Map.Entry::getKey))
        .map(
            area ->
                new ActionPlan.Area(
                    area.getKey(),
                    area.getValue().get(0).themeTitle(),
                    List.copyOf(area.getValue())))
        .toList();
  }

  private static int position(List<String> order, String themeId) {
    int index = order.indexOf(themeId);
    return index < 0 ? order.size() : index;
  }

  private Names names(String version) {
    Framework framework = catalogue.version(version).orElse(catalogue.current());
    return new Names(
        framework.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity())),
        framework.questions().stream().collect(Collectors.toMap(Question::id, Function.identity())),
        framework.items().stream()
            .collect(Collectors.toMap(ChecklistItem::id, Function.identity())));
  }

  private static <T> String text(T found, Function<T, String> words) {
    return text(found, words, null);
  }

  private static <T> String text(T found, Function<T, String> words, String otherwise) {
    return found == null ? otherwise : words.apply(found).strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  /** One framework version's areas, questions and items by id. */
  private record Names(
      Map<String, Theme> themes,
      Map<String, Question> questions,
      Map<String, ChecklistItem> items) {}
}

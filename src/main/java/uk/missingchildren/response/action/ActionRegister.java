package uk.missingchildren.response.action;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Theme;

/**
 * The partnership's actions filtered, counted, sorted and cut into pages, as the register shows
 * them. Counts are of the actions that match the filters, so they always add up to what is listed.
 */
public record ActionRegister(
    List<Row> rows,
    int total,
    int matched,
    Map<ActionStatus, Long> byStatus,
    long overdue,
    int page,
    int pages) {

  public static final int PAGE_SIZE = 50;

  /** One action with its area and whether it is overdue today. */
  public record Row(Action action, Theme theme, boolean overdue) {}

  public static ActionRegister of(
      List<Action> actions, Framework framework, LocalDate today, RegisterFilter filter) {
    List<Row> matching =
        actions.stream()
            .map(
                action ->
                    new Row(action, theme(framework, action.themeId()), action.overdue(today)))
            .filter(matches(filter, today))
            .sorted(order(filter))
            .toList();
    Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
    for (ActionStatus status : ActionStatus.values()) {
      byStatus.put(
          status, matching.stream().filter(row -> row.action().status() == status).count());
    }
    long overdue = matching.stream().filter(Row::overdue).count();
    int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(filter.pageNumber(), pages);
    List<Row> shown =
        matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
    return new ActionRegister(
        shown, actions.size(), matching.size(), byStatus, overdue, page, pages);
  }

  public long count(ActionStatus status) {
    return byStatus.getOrDefault(status, 0L);
  }

  private static Theme theme(Framework framework, String themeId) {
    return framework.themeWithId(themeId).orElse(null);
  }

  private static Predicate<Row> matches(RegisterFilter filter, LocalDate today) {
    Predicate<Row> all = row -> true;
    if (filter.getArea() != null && !filter.getArea().isBlank()) {
      all = all.and(row -> row.action().themeId().equals(filter.getArea()));
    }
    String owner = filter.ownerChosen();
    if (owner != null) {
      all = all.and(row -> owner.equals(ownerKey(row.action())));
    }
    String status = filter.statusChosen();
    if (status != null) {
      all =
          all.and(
              row ->
                  switch (status) {
                    case "OPEN" -> row.action().status().open();
                    case "OVERDUE" -> row.overdue();
                    default -> row.action().status().name().equals(status);
                  });
    }
    String due = filter.dueChosen();
    if (due != null) {
      all = all.and(row -> inWindow(row.action().dueDate(), due, today));
    }
    return all;
  }

  /** "PARTNERSHIP", or the owning agency's name: what the owner filter compares with. */
  static String ownerKey(Action action) {
    return action.owner() == ActionOwner.PARTNERSHIP
        ? ActionOwner.PARTNERSHIP.name()
        : action.agency().name();
  }

  private static boolean inWindow(LocalDate due, String window, LocalDate today) {
    return switch (window) {
      case "past" -> due.isBefore(today);
      case "later" -> due.isAfter(today.plusDays(90));
      default -> !due.isBefore(today) && !due.isAfter(today.plusDays(Integer.parseInt(window)));
    };
  }

  private static Comparator<Row> order(RegisterFilter filter) {
    Comparator<Row> byDue =
        Comparator.comparing((Row row) -> row.action().dueDate())
            .thenComparing(row -> row.action().createdAt());
    Comparator<Row> chosen =
        switch (filter.sortBy()) {
          case "title" ->
              Comparator.comparing(
                  (Row row) -> row.action().title(), String.CASE_INSENSITIVE_ORDER);
          case "area" ->
              Comparator.comparing(
                  (Row row) -> Optional.ofNullable(row.theme()).map(Theme::id).orElse(""));
          case "owner" -> Comparator.comparing((Row row) -> ownerKey(row.action()));
          case "lead" ->
              Comparator.comparing(
                  (Row row) -> row.action().leadPerson(), String.CASE_INSENSITIVE_ORDER);
          case "status" -> Comparator.comparing((Row row) -> row.action().status());
          default -> byDue;
        };
    chosen = filter.descending() ? chosen.reversed() : chosen;
    return chosen.thenComparing(byDue);
  }
}

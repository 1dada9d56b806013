package uk.missingchildren.response.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.partnership.PartnershipNotFoundException;
import uk.missingchildren.response.progress.RatingStyle;
import uk.missingchildren.response.review.Review;
import uk.missingchildren.response.review.ReviewService;

/**
 * What a group's members see: each partnership that shares with the group, side by side, read from
 * the partnership's own records at the moment of looking, showing only what it shares. Every look
 * is recorded in each partnership's audit log, which its coordinators can read.
 */
@Service
public class OversightDashboard {

  /** One partnership's column: what it shares, and its latest results where it shares them. */
  public record Column(
      UUID partnershipId,
      String name,
      Share share,
      StageOne stageOne,
      Map<String, ChecklistRound> checklists,
      Map<ActionStatus, Long> actions,
      Map<String, Long> openByArea,
      long openActions,
      List<RaisedLine> raised) {

    public boolean hasBenchmark() {
      return stageOne.latestDate() != null;
    }

    public LocalDate benchmarkDate() {
      return stageOne.latestDate();
    }

    public Rating rating(String themeId) {
      return stageOne.latest().get(themeId);
    }

    public Rating previousRating(String themeId) {
      return stageOne.previous().get(themeId);
    }

    public List<String> priorities() {
      return stageOne.priorities();
    }

    public ChecklistRound checklist(String themeId) {
      return checklists.get(themeId);
    }

    public long openIn(String themeId) {
      return openByArea.getOrDefault(themeId, 0L);
    }
  }

  /**
   * The partnership's latest stage one ratings and priorities, and those of the meeting before, to
   * show what changed; {@code rounds} is how many it has submitted.
   */
  public record StageOne(
      long rounds,
      LocalDate latestDate,
      Map<String, Rating> latest,
      List<String> priorities,
      LocalDate previousDate,
      Map<String, Rating> previous) {

    static final StageOne NONE = new StageOne(0, null, Map.of(), List.of(), null, Map.of());
  }

  /** A stage-one rating as the report draws it: label, and tone and pattern from its rank. */
  public record Rating(
      String bandId, int rank, String label, String tone, String pattern, boolean priority) {}

  /** The latest round of one area's checklist. */
  public record ChecklistRound(int round, boolean completed, LocalDate date) {}

  /**
   * An action a partnership asks the group to respond to, as the group sees it: never its
   * description or the people named on it.
   */
  public record RaisedLine(
      UUID actionId,
      UUID partnershipId,
      String partnershipName,
      String area,
      String title,
      ActionStatus status,
      LocalDate due,
      String request,
      Instant raisedAt) {}

  /**
   * One area across the group: how many partnerships at each rating, how many prioritise it, and
   * how many rate it better, the same or worse than at their meeting before.
   */
  public record AreaRow(
      Theme theme,
      List<BandCount> counts,
      long prioritisedBy,
      long rated,
      long better,
      long same,
      long worse) {}

  /**
   * The partnerships with one rating in one area, by name, so that the table stays as wide however
   * many partnerships share.
   */
  public record BandCount(
      String bandId, String label, String tone, String pattern, List<Holder> holders) {

    public long count() {
      return holders.size();
    }
  }

  /** A partnership with a given rating, and whether the area is among its priorities. */
  public record Holder(String name, boolean priority) {}

  /** A partnership's open actions in one area. */
  public record OpenActions(String name, long count) {}

  /** The whole dashboard. */
  public record View(
      List<Column> columns, List<AreaRow> areas, List<RatingBand> bands, long sharingStageOne) {

    public boolean empty() {
      return columns.isEmpty();
    }

    public SpreadChart chart() {
      return SpreadChart.of(areas, sharingStageOne);
    }

    /** The areas at least one partnership prioritises, the most often prioritised first. */
    public List<AreaRow> commonPriorities() {
      return areas.stream()
          .filter(area -> area.prioritisedBy() > 0)
          .sorted(Comparator.comparingLong(AreaRow::prioritisedBy).reversed())
          .toList();
    }

    /** How many partnerships have a meeting before their latest to compare with. */
    public long comparing() {
      return columns.stream().filter(c -> c.stageOne().previousDate() != null).count();
    }

    /** Every action raised with the group, oldest request first. */
    public List<RaisedLine> raised() {
      return columns.stream()
          .flatMap(c -> c.raised().stream())
          .sorted(Comparator.comparing(RaisedLine::raisedAt))
          .toList();
    }

    public long sharingActions() {
      return columns.stream().filter(c -> c.share().actionSummary()).count();
    }

    /** Open actions in the area across the partnerships sharing their action plan summary. */
    public long openIn(String themeId) {
      return columns.stream().mapToLong(c -> c.openIn(themeId)).sum();
    }

    /** The partnerships with open actions in the area, the most first. */
    public List<OpenActions> openBy(String themeId) {
      return columns.stream()
          .filter(c -> c.openIn(themeId) > 0)
          .map(c -> new OpenActions(c.name(), c.openIn(themeId)))
          .sorted(Comparator.comparingLong(OpenActions::count).reversed())
          .toList();
    }
  }

  private final Shares shares;
  private final RaisedActions raisedActions;
  private final PartnershipAccess partnerships;
  private final BenchmarkService benchmarks;
  private final ReviewService reviews;
  private final ActionService actions;
  private final FrameworkCatalogue catalogue;
  private final AuditLog audit;

  OversightDashboard(
      Shares shares,
      RaisedActions raisedActions,
      PartnershipAccess partnerships,
      BenchmarkService benchmarks,
      ReviewService reviews,
      ActionService actions,
      FrameworkCatalogue catalogue,
      AuditLog audit) {
    this.shares = shares;
    this.raisedActions = raisedActions;
    this.partnerships = partnerships;
    this.benchmarks = benchmarks;
    this.reviews = reviews;
    this.actions = actions;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  /** The areas, as the current framework names them, for a partnership's page. */
  public List<Theme> themes() {
    return catalogue.current().themes();
  }

  @Transactional
  public View of(GroupContext group) {
    Framework framework = catalogue.current();
    List<RatingBand> bands = framework.stageOne().bands();
    List<Column> columns = new ArrayList<>();
    for (Share share : shares.findByKeyGroupIdOrderByJoinedAtAsc(group.group().id())) {
      try {
        columns.add(column(group, share, framework));
      } catch (PartnershipNotFoundException deletedByItsCoordinator) {
        // A deleted partnership shares nothing, even in the days before it is purged.
      }
    }
    columns.sort(Comparator.comparing(Column::name));
    List<AreaRow> areas =
        framework.themes().stream().map(theme -> row(theme, columns, bands)).toList();
    long sharingStageOne = columns.stream().filter(Column::hasBenchmark).count();
    return new View(columns, areas, bands, sharingStageOne);
  }

  /**
   * One partnership, for a group member: 404 unless it shares with the group now. The look is
   * recorded in the partnership's audit log.
   */
  @Transactional
  public Column partnership(GroupContext group, UUID partnershipId) {
    Share share =
        shares
            .findById(new Share.Key(group.group().id(), partnershipId))
            .orElseThrow(OversightGroupNotFoundException::new);
    return column(group, share, catalogue.current());
  }

  /**
   * The actions raised with the group now, for recording its meeting: only from partnerships that
   * share their action plan summary, each look recorded in the partnership's audit log.
   */
  @Transactional
  public List<RaisedLine> raised(GroupContext group) {
    Framework framework = catalogue.current();
    List<RaisedLine> lines = new ArrayList<>();
    for (Share share : shares.findByKeyGroupIdOrderByJoinedAtAsc(group.group().id())) {
      if (!share.actionSummary()) {
        continue;
      }
      try {
        PartnershipContext context = partnerships.sharedWith(share.partnershipId(), group.user());
        List<RaisedLine> theirs = raisedBy(context, actions.register(context), framework);
        if (!theirs.isEmpty()) {
          lines.addAll(theirs);
          recordLook(group, share, "raised actions");
        }
      } catch (PartnershipNotFoundException deletedByItsCoordinator) {
        // Shares nothing.
      }
    }
    lines.sort(Comparator.comparing(RaisedLine::raisedAt));
    return lines;
  }

  private Column column(GroupContext group, Share share, Framework framework) {
    PartnershipContext context = partnerships.sharedWith(share.partnershipId(), group.user());
    List<RatingBand> bands = framework.stageOne().bands();
    StageOne stageOne = share.stageOne() ? stageOne(context, bands) : StageOne.NONE;
    Map<String, ChecklistRound> checklists = new LinkedHashMap<>();
    if (share.checklists()) {
      reviews
          .latestRounds(context)
          .forEach((themeId, review) -> checklists.put(themeId, round(review)));
    }
    Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
    Map<String, Long> openByArea = new LinkedHashMap<>();
    long open = 0;
    List<RaisedLine> raised = List.of();
    if (share.actionSummary()) {
      for (ActionStatus status : ActionStatus.values()) {
        counts.put(status, 0L);
      }
      List<Action> register = actions.register(context);
      for (Action action : register) {
        counts.merge(action.status(), 1L, Long::sum);
        if (action.status().open()) {
          open++;
          openByArea.merge(action.themeId(), 1L, Long::sum);
        }
      }
      raised = raisedBy(context, register, framework);
    }
    recordLook(group, share, share.choice().describe());
    return new Column(
        share.partnershipId(),
        context.partnership().name(),
        share,
        stageOne,
        checklists,
        counts,
        openByArea,
        open,
        raised);
  }

  /** Reads only the latest two submitted rounds, however long the partnership's history. */
  private StageOne stageOne(PartnershipContext context, List<RatingBand> bands) {
    List<BenchmarkSummary> recent = benchmarks.recentSubmitted(context, 2);
    if (recent.isEmpty()) {
      return StageOne.NONE;
    }
    BenchmarkSummary latest = recent.get(0);
    List<String> priorities =
        latest.results().priorities().stream().map(area -> area.theme().id()).toList();
    Optional<BenchmarkSummary> previous =
        recent.size() > 1 ? Optional.of(recent.get(1)) : Optional.empty();
    return new StageOne(
        benchmarks.submittedCount(context),
        latest.benchmark().details().meetingDate(),
        ratings(latest, priorities, bands),
        priorities,
        previous.map(p -> p.benchmark().details().meetingDate()).orElse(null),
        previous.map(p -> ratings(p, List.of(), bands)).orElse(Map.of()));
  }

  private static Map<String, Rating> ratings(
      BenchmarkSummary round, List<String> priorities, List<RatingBand> bands) {
    Map<String, Rating> ratings = new LinkedHashMap<>();
    round
        .results()
        .areas()
        .forEach(
            area -> {
              RatingBand band = area.score().band();
              RatingStyle style = RatingStyle.of(bands, band.id());
              ratings.put(
                  area.theme().id(),
                  new Rating(
                      band.id(),
                      style.rank(),
                      band.label(),
                      style.tone(),
                      style.pattern(),
                      priorities.contains(area.theme().id())));
            });
    return ratings;
  }

  private List<RaisedLine> raisedBy(
      PartnershipContext context, List<Action> register, Framework framework) {
    List<RaisedAction> raised =
        raisedActions.findByPartnershipIdOrderByRaisedAtAsc(context.partnershipId());
    if (raised.isEmpty()) {
      return List.of();
    }
    Map<UUID, Action> byId =
        register.stream().collect(Collectors.toMap(Action::id, Function.identity()));
    List<RaisedLine> lines = new ArrayList<>();
    for (RaisedAction request : raised) {
      Action action = byId.get(request.actionId());
      if (action != null) {
        lines.add(
            new RaisedLine(
                action.id(),
                context.partnershipId(),
                context.partnership().name(),
                framework.themeWithId(action.themeId()).map(Theme::title).orElse(action.themeId()),
                action.title(),
                action.status(),
                action.dueDate(),
                request.request(),
                request.raisedAt()));
      }
    }
    return lines;
  }

  private void recordLook(GroupContext group, Share share, String what) {
    audit.record(
        new AuditEvent.Actor(group.user().accountId(), group.user().email()),
        share.partnershipId(),
        "OVERSIGHT_VIEWED",
        group.group().name(),
        what);
  }

  private static ChecklistRound round(Review review) {
    return new ChecklistRound(review.round(), review.completed(), review.meetingDate());
  }

  private static AreaRow row(Theme theme, List<Column> columns, List<RatingBand> bands) {
    List<BandCount> counts = new ArrayList<>();
    for (RatingBand band : bands) {
      List<Holder> holders =
          columns.stream()
              .filter(
                  c ->
                      c.rating(theme.id()) != null
                          && c.rating(theme.id()).bandId().equals(band.id()))
              .map(c -> new Holder(c.name(), c.rating(theme.id()).priority()))
              .toList();
      RatingStyle style = RatingStyle.of(bands, band.id());
      counts.add(new BandCount(band.id(), band.label(), style.tone(), style.pattern(), holders));
    }
    long prioritised = columns.stream().filter(c -> c.priorities().contains(theme.id())).count();
    long rated = columns.stream().filter(c -> c.rating(theme.id()) != null).count();
    long better = 0;
    long same = 0;
    long worse = 0;
    for (Column column : columns) {
      Rating now = column.rating(theme.id());
      Rating before = column.previousRating(theme.id());
      if (now != null && before != null) {
        int change = Integer.compare(now.rank(), before.rank());
        if (change < 0) {
          better++;
        } else if (change == 0) {
          same++;
        } else {
          worse++;
        }
      }
    }
    return new AreaRow(theme, counts, prioritised, rated, better, same, worse);
  }
}

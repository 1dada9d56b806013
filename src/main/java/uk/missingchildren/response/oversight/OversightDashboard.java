package uk.missingchildren.response.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionStatus;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditLog;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.StageOneResults;
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
      LocalDate benchmarkDate,
      Map<String, Rating> ratings,
      List<String> priorities,
      Map<String, ChecklistRound> checklists,
      Map<ActionStatus, Long> actions,
      long openActions) {

    public boolean hasBenchmark() {
      return benchmarkDate != null;
    }

    public Rating rating(String themeId) {
      return ratings.get(themeId);
    }

    public ChecklistRound checklist(String themeId) {
      return checklists.get(themeId);
    }
  }

  /** A stage-one rating as the report draws it: label, and tone and pattern from its rank. */
  public record Rating(
      String bandId, String label, String tone, String pattern, boolean priority) {}

  /** The latest round of one area's checklist. */
  public record ChecklistRound(int round, boolean completed, LocalDate date) {}

  /**
   * One area across the group: how many partnerships at each rating, and how many prioritise it.
   */
  public record AreaRow(Theme theme, List<BandCount> counts, long prioritisedBy, long rated) {

    /** The partnerships at each rating given, such as "Strong 2, Developing 1". */
    public String spread() {
      return String.join(
          ", ",
          counts.stream()
              .filter(c -> c.count() > 0)
              .map(c -> c.label() + " " + c.count())
              .toList());
    }
  }

  /** The number of partnerships with one rating in one area. */
  public record BandCount(String bandId, String label, String tone, String pattern, long count) {}

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
          .sorted(java.util.Comparator.comparingLong(AreaRow::prioritisedBy).reversed())
          .toList();
    }
  }

  private final OversightService groups;
  private final Shares shares;
  private final PartnershipAccess partnerships;
  private final BenchmarkService benchmarks;
  private final ReviewService reviews;
  private final ActionService actions;
  private final FrameworkCatalogue catalogue;
  private final AuditLog audit;

  OversightDashboard(
      OversightService groups,
      Shares shares,
      PartnershipAccess partnerships,
      BenchmarkService benchmarks,
      ReviewService reviews,
      ActionService actions,
      FrameworkCatalogue catalogue,
      AuditLog audit) {
    this.groups = groups;
    this.shares = shares;
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
        columns.add(column(group, share, bands));
      } catch (PartnershipNotFoundException deletedByItsCoordinator) {
        // A deleted partnership shares nothing, even in the days before it is purged.
      }
    }
    columns.sort(java.util.Comparator.comparing(Column::name));
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
    return column(group, share, catalogue.current().stageOne().bands());
  }

  private Column column(GroupContext group, Share share, List<RatingBand> bands) {
    PartnershipContext context = partnerships.sharedWith(share.partnershipId(), group.user());
    LocalDate benchmarkDate = null;
    Map<String, Rating> ratings = new LinkedHashMap<>();
    List<String> priorities = new ArrayList<>();
    if (share.stageOne()) {
      List<BenchmarkSummary> rounds = benchmarks.submittedRounds(context);
      if (!rounds.isEmpty()) {
        BenchmarkSummary latest = rounds.get(rounds.size() - 1);
        benchmarkDate = latest.benchmark().details().meetingDate();
        StageOneResults results = latest.results();
        results.priorities().forEach(area -> priorities.add(area.theme().id()));
        for (StageOneResults.AreaResult area : results.areas()) {
          RatingBand band = area.score().band();
          RatingStyle style = RatingStyle.of(bands, band.id());
          ratings.put(
              area.theme().id(),
              new Rating(
                  band.id(),
                  band.label(),
                  style.tone(),
                  style.pattern(),
                  priorities.contains(area.theme().id())));
        }
      }
    }
    Map<String, ChecklistRound> checklists = new LinkedHashMap<>();
    if (share.checklists()) {
      reviews
          .latestRounds(context)
          .forEach((themeId, review) -> checklists.put(themeId, round(review)));
    }
    Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
    long open = 0;
    if (share.actionSummary()) {
      for (ActionStatus status : ActionStatus.values()) {
        counts.put(status, 0L);
      }
      for (Action action : actions.register(context)) {
        counts.merge(action.status(), 1L, Long::sum);
        if (action.status().open()) {
          open++;
        }
      }
    }
    audit.record(
        new AuditEvent.Actor(group.user().accountId(), group.user().email()),
        share.partnershipId(),
        "OVERSIGHT_VIEWED",
        group.group().name(),
        share.choice().describe());
    return new Column(
        share.partnershipId(),
        context.partnership().name(),
        share,
        benchmarkDate,
        ratings,
        priorities,
        checklists,
        counts,
        open);
  }

  private static ChecklistRound round(Review review) {
    return new ChecklistRound(review.round(), review.completed(), review.meetingDate());
  }

  private static AreaRow row(Theme theme, List<Column> columns, List<RatingBand> bands) {
    List<BandCount> counts = new ArrayList<>();
    for (RatingBand band : bands) {
      long count =
          columns.stream()
              .map(c -> Optional.ofNullable(c.rating(theme.id())))
              .filter(r -> r.isPresent() && r.get().bandId().equals(band.id()))
              .count();
      RatingStyle style = RatingStyle.of(bands, band.id());
      counts.add(new BandCount(band.id(), band.label(), style.tone(), style.pattern(), count));
    }
    long prioritised = columns.stream().filter(c -> c.priorities().contains(theme.id())).count();
    long rated = columns.stream().filter(c -> c.rating(theme.id()) != null).count();
    return new AreaRow(theme, counts, prioritised, rated);
  }
}

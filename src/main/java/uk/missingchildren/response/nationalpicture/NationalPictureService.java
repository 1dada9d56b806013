package uk.missingchildren.response.nationalpicture;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.benchmark.StageOneResults;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.NationalCountingPolicy;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.progress.RatingStyle;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;

/**
 * Works out and keeps the national picture. It is worked out when someone looks, from each counted
 * partnership's latest stage one meeting, but published (stored and shown) only when {@link
 * Refresh} allows; otherwise the picture published before is shown unchanged.
 */
@Service
public class NationalPictureService {

  /** The published picture: when, how many partnerships, and each area's figures. */
  public record Picture(Instant publishedAt, int partnerships, List<Area> areas) {}

  /** One area's figures, in the framework's order of ratings, best first. */
  public record Area(Theme theme, List<Figure> figures) {

    public boolean shown() {
      return !figures.isEmpty();
    }
  }

  /** One rating's figure; {@code count} is null when it is not published. */
  public record Figure(String label, String tone, Integer count) {}

  /** One partnership's own rating in one area, to set beside the picture. */
  public record Standing(String themeId, String label, String tone) {}

  private record Contribution(UUID benchmarkId, Map<String, String> bands) {}

  private final NationalCountingPolicy policy;
  private final PartnershipAccess partnerships;
  private final BenchmarkService benchmarks;
  private final FrameworkCatalogue catalogue;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  NationalPictureService(
      NationalCountingPolicy policy,
      PartnershipAccess partnerships,
      BenchmarkService benchmarks,
      FrameworkCatalogue catalogue,
      JdbcTemplate jdbc,
      Clock clock) {
    this.policy = policy;
    this.partnerships = partnerships;
    this.benchmarks = benchmarks;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * The picture as published now, after publishing a new one if enough has changed; empty until 5
   * partnerships have agreed to be counted and met.
   */
  @CheckedWithoutContext("figures for 5 or more partnerships at a time, none named")
  @Transactional
  public Optional<Picture> current(SignedInUser viewer) {
    Map<UUID, Contribution> now = new LinkedHashMap<>();
    for (UUID partnershipId : policy.counted()) {
      PartnershipContext context = partnerships.countedNationally(partnershipId, viewer);
      List<BenchmarkSummary> rounds = benchmarks.recentSubmitted(context, 1);
      if (!rounds.isEmpty()) {
        BenchmarkSummary latest = rounds.get(0);
        Map<String, String> bands = new HashMap<>();
        latest.results().areas().forEach(a -> bands.put(a.theme().id(), a.score().band().id()));
        now.put(partnershipId, new Contribution(latest.benchmark().id(), bands));
      }
    }
    Optional<UUID> published = latestPictureId();
    Map<UUID, UUID> before = published.map(this::contributions).orElse(Map.of());
    Map<UUID, UUID> after = new HashMap<>();
    now.forEach((partnership, contribution) -> after.put(partnership, contribution.benchmarkId()));
    if (now.size() >= Disclosure.THRESHOLD && Refresh.due(before, after)) {
      published = Optional.of(publish(now));
    }
    return published.map(this::picture);
  }

  /** A member's own partnership's latest ratings, to see where it sits. */
  @Transactional(readOnly = true)
  public List<Standing> standing(PartnershipContext context) {
    List<BenchmarkSummary> rounds = benchmarks.recentSubmitted(context, 1);
    if (rounds.isEmpty()) {
      return List.of();
    }
    List<RatingBand> bands = catalogue.current().stageOne().bands();
    List<Standing> standing = new ArrayList<>();
    for (StageOneResults.AreaResult area : rounds.get(0).results().areas()) {
      RatingBand band = area.score().band();
      standing.add(new Standing(area.theme().id(), band.label(), tone(bands, band.id())));
    }
    return standing;
  }

  private UUID publish(Map<UUID, Contribution> now) {
    UUID pictureId = UUID.randomUUID();
    jdbc.update(
        "INSERT INTO national_picture (id, published_at, partnerships) VALUES (?, ?, ?)",
        pictureId,
        Timestamp.from(clock.instant()),
        now.size());
    List<RatingBand> bands = catalogue.current().stageOne().bands();
    List<String> bandIds = bands.stream().map(RatingBand::id).toList();
    for (Theme theme : catalogue.current().themes()) {
      Map<String, Long> counts = new HashMap<>();
      now.values().stream()
          .map(c -> c.bands().get(theme.id()))
          .filter(java.util.Objects::nonNull)
          .forEach(band -> counts.merge(band, 1L, Long::sum));
      List<Disclosure.Figure> figures = Disclosure.publish(bandIds, counts);
      for (Disclosure.Figure figure : figures) {
        jdbc.update(
            "INSERT INTO national_figure (picture_id, theme_id, band_id, band_rank, count)"
                + " VALUES (?, ?, ?, ?, ?)",
            pictureId,
            theme.id(),
            figure.bandId(),
            bandIds.indexOf(figure.bandId()),
            figure.count() == null ? null : figure.count().intValue());
      }
    }
    now.forEach(
        (partnership, contribution) ->
            jdbc.update(
                "INSERT INTO national_contribution (picture_id, partnership_id, benchmark_id)"
                    + " VALUES (?, ?, ?)",
                pictureId,
                partnership,
                contribution.benchmarkId()));
    return pictureId;
  }

  private Optional<UUID> latestPictureId() {
    return jdbc
        .query(
            "SELECT id FROM national_picture ORDER BY published_at DESC, id LIMIT 1",
            (row, n) -> row.getObject(1, UUID.class))
        .stream()
        .findFirst();
  }

  private Map<UUID, UUID> contributions(UUID pictureId) {
    Map<UUID, UUID> contributions = new HashMap<>();
    jdbc.query(
        "SELECT partnership_id, benchmark_id FROM national_contribution WHERE picture_id = ?",
        row -> {
          contributions.put(row.getObject(1, UUID.class), row.getObject(2, UUID.class));
        },
        pictureId);
    return contributions;
  }

  private Picture picture(UUID pictureId) {
    Timestamp publishedAt =
        jdbc.queryForObject(
            "SELECT published_at FROM national_picture WHERE id = ?", Timestamp.class, pictureId);
    Integer counted =
        jdbc.queryForObject(
            "SELECT partnerships FROM national_picture WHERE id = ?", Integer.class, pictureId);
    List<RatingBand> bands = catalogue.current().stageOne().bands();
    Map<String, List<Figure>> byTheme = new HashMap<>();
    jdbc.query(
        "SELECT theme_id, band_id, count FROM national_figure WHERE picture_id = ?"
            + " ORDER BY theme_id, band_rank",
        row -> {
          String bandId = row.getString(2);
          Object count = row.getObject(3);
          String label =
              bands.stream()
                  .filter(b -> b.id().equals(bandId))
                  .map(RatingBand::label)
                  .findFirst()
                  .orElse(bandId);
          byTheme
              .computeIfAbsent(row.getString(1), t -> new ArrayList<>())
              .add(
                  new Figure(
                      label,
                      tone(bands, bandId),
                      count == null ? null : ((Number) count).intValue()));
        },
        pictureId);
    List<Area> areas =
        catalogue.current().themes().stream()
            .map(theme -> new Area(theme, byTheme.getOrDefault(theme.id(), List.of())))
            .toList();
    return new Picture(publishedAt.toInstant(), counted, areas);
  }

  private static String tone(List<RatingBand> bands, String bandId) {
    return RatingStyle.of(bands, bandId).tone();
  }
}

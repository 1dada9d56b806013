package uk.missingchildren.response.progress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkSummary;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * A partnership's submitted benchmarks as rounds to compare and chart: read once (two queries),
 * named by their meeting date, with the rating bands of the framework each was answered against.
 */
@Component
class BenchmarkRounds {

  private final BenchmarkService benchmarks;
  private final FrameworkCatalogue catalogue;
  private final DisplayDates dates;
  private final MessageSource messages;

  BenchmarkRounds(
      BenchmarkService benchmarks,
      FrameworkCatalogue catalogue,
      DisplayDates dates,
      MessageSource messages) {
    this.benchmarks = benchmarks;
    this.catalogue = catalogue;
    this.dates = dates;
    this.messages = messages;
  }

  /** Every submitted benchmark, oldest first. */
  Rounds of(PartnershipContext context) {
    return new Rounds(benchmarks.submittedRounds(context));
  }

  /** The submitted benchmarks, oldest first, and what the pages need to know about them. */
  final class Rounds {

    private final List<BenchmarkSummary> all;

    private Rounds(List<BenchmarkSummary> all) {
      this.all = all;
    }

    List<BenchmarkSummary> all() {
      return all;
    }

    List<UUID> ids() {
      return all.stream().map(round -> round.benchmark().id()).toList();
    }

    BenchmarkSummary get(UUID id) {
      return all.stream()
          .filter(round -> round.benchmark().id().equals(id))
          .findFirst()
          .orElseThrow(RoundNotFoundException::new);
    }

    /** The meeting date; with the time it was submitted when two benchmarks met on the same day. */
    String label(BenchmarkSummary round) {
      String day = dates.day(round.benchmark().meetingDate());
      boolean sameDay =
          all.stream()
                  .filter(
                      other ->
                          Objects.equals(
                              other.benchmark().meetingDate(), round.benchmark().meetingDate()))
                  .count()
              > 1;
      return sameDay
          ? messages.getMessage(
              "compare.option.sameDay",
              new Object[] {day, dates.dateTime(round.benchmark().submittedAt())},
              java.util.Locale.UK)
          : day;
    }

    List<RoundOption> options() {
      return all.stream()
          .map(round -> new RoundOption(round.benchmark().id(), label(round)))
          .toList();
    }

    /** The rating bands of a round's framework, best first. */
    List<RatingBand> bands(BenchmarkSummary round) {
      return catalogue
          .version(round.benchmark().frameworkVersion())
          .orElseThrow()
          .stageOne()
          .bands();
    }

    /** How each rating any round could have is drawn, by rating id. */
    Map<String, RatingStyle> styles() {
      Map<String, RatingStyle> styles = new HashMap<>();
      all.forEach(
          round ->
              bands(round)
                  .forEach(
                      band ->
                          styles.putIfAbsent(band.id(), RatingStyle.of(bands(round), band.id()))));
      return styles;
    }
  }
}

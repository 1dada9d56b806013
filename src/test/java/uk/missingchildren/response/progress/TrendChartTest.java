package uk.missingchildren.response.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;

/**
 * The chart's geometry: a lane per rating, best at the top, markers told apart by shape and fill.
 */
class TrendChartTest {

  private static final List<RatingBand> BANDS =
      List.of(
          new RatingBand("strong", "Strong", "", 80, 0, false),
          new RatingBand("developing", "Developing", "", 50, null, true),
          new RatingBand("priority", "Priority for improvement", "", 0, null, true));

  @Test
  void aBetterRating_isDrawnHigher_andEachRatingHasItsOwnFill() {
    TrendChart chart = TrendChart.of(List.of(row("Police response", 2, 1, 0)), 3, BANDS, false);

    TrendChart.Panel panel = chart.panels().get(0);
    assertThat(panel.markers())
        .extracting(TrendChart.Marker::pattern)
        .containsExactly("crosshatch", "stripes", "solid");
    assertThat(panel.lines()).hasSize(1);
    int[] ys =
        Arrays.stream(panel.lines().get(0).split(" "))
            .mapToInt(point -> Integer.parseInt(point.split(",")[1]))
            .toArray();
    assertThat(ys[0]).isGreaterThan(ys[1]);
    assertThat(ys[1]).isGreaterThan(ys[2]);
    assertThat(panel.ticks()).extracting(TrendChart.Tick::label).containsExactly("1", "2", "3");
    assertThat(chart.key())
        .extracting(TrendChart.Key::label)
        .containsExactly("Strong", "Developing", "Priority for improvement");
  }

  @Test
  void aBenchmarkWithoutTheArea_breaksItsLine() {
    TrendChart chart = TrendChart.of(List.of(row("Health", 0, null, 1, 1)), 4, BANDS, false);

    TrendChart.Panel panel = chart.panels().get(0);
    assertThat(panel.markers()).hasSize(3);
    assertThat(panel.lines())
        .as("a lone first point is no line; the last two are joined")
        .hasSize(1);
    assertThat(panel.lines().get(0).split(" ")).hasSize(2);
  }

  @Test
  void lowVisionMode_drawsLargerTextAndATallerChart() {
    List<TrendChart.Row> rows = List.of(row("A", 0, 1), row("B", 1, 2), row("C", 2, 2));

    TrendChart standard = TrendChart.of(rows, 2, BANDS, false);
    TrendChart lowVision = TrendChart.of(rows, 2, BANDS, true);

    assertThat(standard.fontSize()).isEqualTo(19);
    assertThat(lowVision.fontSize()).isEqualTo(24);
    assertThat(lowVision.height()).isGreaterThan(standard.height());
    assertThat(standard.panels()).extracting(TrendChart.Panel::labelX).containsExactly(0, 500, 0);
  }

  private static TrendChart.Row row(String label, Integer... ranks) {
    return new TrendChart.Row(label, Arrays.asList(ranks));
  }
}

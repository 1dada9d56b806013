package uk.missingchildren.response.progress;

import java.util.ArrayList;
import java.util.List;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;

/**
 * The geometry of the chart of area ratings across benchmarks, in the units of an SVG view box 960
 * wide (like the report's bar chart, so text is drawn at its real size on a desktop screen). One
 * small panel per area, two panels a row: a lane for each rating, best at the top, and a marker in
 * each benchmark's column joined by a line. Each rating has its own marker shape and fill as well
 * as its own lane, so the chart never relies on colour. In Low Vision Mode text, markers and gaps
 * grow.
 */
record TrendChart(int width, int height, int fontSize, List<Key> key, List<Panel> panels) {

  static final int WIDTH = 960;
  private static final int COLUMNS = 2;
  private static final int GUTTER = 40;

  /** A rating in the key: its marker and its words. */
  record Key(Marker marker, String label, int textX, int textY) {}

  /** One area: its title, the rating lanes, the benchmarks' numbers and its line and markers. */
  record Panel(
      String label,
      int labelX,
      int labelY,
      List<Lane> lanes,
      List<Tick> ticks,
      List<String> lines,
      List<Marker> markers) {}

  record Lane(int x1, int x2, int y) {}

  /** A benchmark's number under its column. */
  record Tick(int x, int y, String label) {}

  /** A marker, drawn as one SVG path whatever its shape; {@code pattern} is its fill. */
  record Marker(String pattern, String path) {}

  /**
   * @param areas each area's title and its rating's place among {@code bands} in each benchmark,
   *     oldest first (null where the area was not rated)
   */
  static TrendChart of(List<Row> areas, int rounds, List<RatingBand> bands, boolean lowVision) {
    int fontSize = lowVision ? 24 : 19;
    int half = lowVision ? 13 : 10;
    int laneGap = lowVision ? 34 : 28;
    int lineHeight = fontSize + 14;

    List<Key> key = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      RatingStyle style = RatingStyle.of(bands, bands.get(i).id());
      int y = i * lineHeight + half + 4;
      key.add(
          new Key(
              marker(style, half + 2, y, half),
              bands.get(i).label(),
              2 * half + 16,
              y + fontSize / 3));
    }
    int top = bands.size() * lineHeight + 16;

    int panelWidth = (WIDTH - GUTTER * (COLUMNS - 1)) / COLUMNS;
    int firstLane = fontSize + 8 + half;
    int tickY = firstLane + (bands.size() - 1) * laneGap + half + fontSize + 6;
    int panelHeight = tickY + 24;
    List<Panel> panels = new ArrayList<>();
    for (int a = 0; a < areas.size(); a++) {
      int left = (a % COLUMNS) * (panelWidth + GUTTER);
      int panelTop = top + (a / COLUMNS) * panelHeight;
      int plotLeft = left + half + 10;
      int plotRight = left + panelWidth - half - 10;
      List<Lane> lanes = new ArrayList<>();
      for (int b = 0; b < bands.size(); b++) {
        lanes.add(new Lane(plotLeft, plotRight, panelTop + firstLane + b * laneGap));
      }
      List<Tick> ticks = new ArrayList<>();
      List<Marker> markers = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      int pointsInLine = 0;
      for (int r = 0; r < rounds; r++) {
        int x =
            rounds == 1
                ? (plotLeft + plotRight) / 2
                : plotLeft + r * (plotRight - plotLeft) / (rounds - 1);
        ticks.add(new Tick(x, panelTop + tickY, String.valueOf(r + 1)));
        Integer rank = areas.get(a).ranks().get(r);
        if (rank == null) {
          pointsInLine = flush(line, pointsInLine, lines);
          continue;
        }
        int y = panelTop + firstLane + rank * laneGap;
        markers.add(marker(RatingStyle.of(bands, bands.get(rank).id()), x, y, half));
        line.append(pointsInLine == 0 ? "" : " ").append(x).append(',').append(y);
        pointsInLine++;
      }
      flush(line, pointsInLine, lines);
      panels.add(
          new Panel(areas.get(a).label(), left, panelTop + fontSize, lanes, ticks, lines, markers));
    }
    int rows = (areas.size() + COLUMNS - 1) / COLUMNS;
    return new TrendChart(WIDTH, top + rows * panelHeight, fontSize, key, panels);
  }

  /** Ends a line; one with a single point is no line (its marker shows it). */
  private static int flush(StringBuilder line, int points, List<String> lines) {
    if (points > 1) {
      lines.add(line.toString());
    }
    line.setLength(0);
    return 0;
  }

  /** A circle, square or triangle of about the same area, centred on (x, y). */
  private static Marker marker(RatingStyle style, int x, int y, int half) {
    String path =
        switch (style.shape()) {
          case "circle" ->
              "M"
                  + (x - half)
                  + ","
                  + y
                  + " a"
                  + half
                  + ","
                  + half
                  + " 0 1,0 "
                  + 2 * half
                  + ",0"
                  + " a"
                  + half
                  + ","
                  + half
                  + " 0 1,0 "
                  + -2 * half
                  + ",0 Z";
          case "triangle" ->
              "M"
                  + x
                  + ","
                  + (y - half - 2)
                  + " L"
                  + (x + half + 2)
                  + ","
                  + (y + half)
                  + " L"
                  + (x - half - 2)
                  + ","
                  + (y + half)
                  + " Z";
          default ->
              "M"
                  + (x - half)
                  + ","
                  + (y - half)
                  + " h"
                  + 2 * half
                  + " v"
                  + 2 * half
                  + " h"
                  + -2 * half
                  + " Z";
        };
    return new Marker(style.pattern(), path);
  }

  /**
   * One area's row of the chart: its label and its rating's place in each benchmark, oldest first.
   */
  record Row(String label, List<Integer> ranks) {}
}

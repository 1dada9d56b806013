package uk.missingchildren.response.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The geometry of the report's horizontal bar chart, in the units of an SVG view box 960 wide (the
 * width of a GOV.UK page, so text is drawn at its real size on a desktop screen). In Low Vision
 * Mode the text is larger and the rows taller. Ratings are told apart by their words and by the
 * bar's fill pattern, never by colour alone.
 *
 * @param ticks the scores where a rating starts, and 100%, marked on the axis
 */
record BarChart(
    int width,
    int height,
    int fontSize,
    int plotTop,
    int plotBottom,
    int axisLabelY,
    List<Bar> bars,
    List<Tick> ticks) {

  static final int WIDTH = 960;
  private static final int LEFT = 2;

  /** One area: its label above the bar, and its rating and score after the bar. */
  record Bar(
      String label,
      String value,
      String pattern,
      int labelY,
      int barY,
      int barHeight,
      int barWidth,
      int valueX,
      int valueY) {}

  /** A mark on the axis; {@code anchor} is the SVG text-anchor of its label. */
  record Tick(int x, String label, boolean dashed, String anchor) {}

  /**
   * @param value the text after a bar, from the rating label and the score
   * @param percentLabel the label of an axis mark, from its percentage
   */
  static BarChart of(
      List<StageOneReport.Area> areas,
      List<StageOneReport.Band> bands,
      boolean lowVision,
      BiFunction<String, Integer, String> value,
      Function<Integer, String> percentLabel) {
    int fontSize = lowVision ? 24 : 19;
    int rowHeight = lowVision ? 86 : 68;
    int barHeight = lowVision ? 32 : 26;
    int track = lowVision ? 540 : 600;
    int top = 4;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      StageOneReport.Area area = areas.get(i);
      int rowTop = top + i * rowHeight;
      int labelY = rowTop + fontSize + 2;
      int barY = labelY + 8;
      int barWidth = Math.round(track * area.percent() / 100f);
      bars.add(
          new Bar(
              area.shortTitle(),
              value.apply(area.ratingLabel(), area.percent()),
              area.pattern(),
              labelY,
              barY,
              barHeight,
              barWidth,
              LEFT + barWidth + 10,
              barY + barHeight / 2 + fontSize / 3));
    }
    int plotBottom = top + areas.size() * rowHeight;
    TreeSet<Integer> marks = new TreeSet<>();
    bands.forEach(band -> marks.add(band.minPercent()));
    marks.add(0);
    marks.add(100);
    List<Tick> ticks =
        marks.stream()
            .map(
                percent ->
                    new Tick(
                        LEFT + Math.round(track * percent / 100f),
                        percentLabel.apply(percent),
                        percent > 0,
                        percent == 0 ? "start" : "middle"))
            .toList();
    int axisLabelY = plotBottom + fontSize + 6;
    return new BarChart(WIDTH, axisLabelY + 8, fontSize, top, plotBottom, axisLabelY, bars, ticks);
  }

  /** Where the bars start. */
  public int left() {
    return LEFT;
  }
}

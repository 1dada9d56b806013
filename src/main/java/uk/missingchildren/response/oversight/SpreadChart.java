package uk.missingchildren.response.oversight;

import java.util.ArrayList;
import java.util.List;

/**
 * The group's areas as stacked bars: for each area, one segment per rating, as long as the number
 * of partnerships with it, filled with the rating's pattern as well as its colour. The table after
 * the chart holds the same numbers.
 */
public record SpreadChart(int width, int height, int fontSize, List<Bar> bars) {

  static final int ROW = 34;
  static final int FONT = 19;
  static final int PLOT = 420;

  /** One area's bar. */
  public record Bar(String label, int y, int textY, List<Segment> segments) {}

  /** One rating's part of a bar. */
  public record Segment(int x, int width, String pattern, long count, int textX) {}

  static SpreadChart of(List<OversightDashboard.AreaRow> areas, long partnerships) {
    List<Bar> bars = new ArrayList<>();
    // Room for the longest area name in bold, at about 0.62 of the font size a character.
    int longest = areas.stream().mapToInt(a -> a.theme().shortTitle().length()).max().orElse(10);
    int labelWidth = (int) Math.ceil(longest * FONT * 0.62) + 16;
    int y = 10;
    for (OversightDashboard.AreaRow area : areas) {
      List<Segment> segments = new ArrayList<>();
      int x = labelWidth;
      for (OversightDashboard.BandCount count : area.counts()) {
        if (count.count() == 0 || partnerships == 0) {
          continue;
        }
        int width = (int) Math.round(PLOT * (double) count.count() / partnerships);
        segments.add(new Segment(x, width, count.pattern(), count.count(), x + width / 2));
        x += width;
      }
      bars.add(new Bar(area.theme().shortTitle(), y, y + 17, segments));
      y += ROW;
    }
    return new SpreadChart(labelWidth + PLOT + 10, y + 10, FONT, bars);
  }
}

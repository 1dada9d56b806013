package uk.missingchildren.response.nationalpicture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which figures of one area's spread may be published. Every published figure stands for at least
 * {@link #THRESHOLD} partnerships or for none:
 *
 * <ol>
 *   <li>an area counted by fewer than 5 partnerships publishes nothing;
 *   <li>primary suppression: a rating held by 1 to 4 partnerships is not published;
 *   <li>secondary suppression: the total is published, so a lone suppressed figure could be worked
 *       out from the total less the others; then the smallest other figure (a zero too) is also
 *       suppressed, so at least two unknowns always share what is left.
 * </ol>
 */
final class Disclosure {

  static final int THRESHOLD = 5;

  private Disclosure() {}

  /** One rating's figure: its count, or suppressed (null). */
  record Figure(String bandId, Long count) {
    boolean suppressed() {
      return count == null;
    }
  }

  /**
   * The area's figures in the order of {@code bands}, or an empty list when the area has fewer than
   * 5 partnerships.
   */
  static List<Figure> publish(List<String> bands, Map<String, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (total < THRESHOLD) {
      return List.of();
    }
    Map<String, Long> figures = new LinkedHashMap<>();
    for (String band : bands) {
      long count = counts.getOrDefault(band, 0L);
      figures.put(band, count > 0 && count < THRESHOLD ? null : count);
    }
    long suppressed = figures.values().stream().filter(v -> v == null).count();
    if (suppressed == 1) {
      figures.entrySet().stream()
          .filter(e -> e.getValue() != null)
          .min(Comparator.comparingLong(Map.Entry::getValue))
          .ifPresent(smallest -> figures.put(smallest.getKey(), null));
    }
    List<Figure> published = new ArrayList<>();
    figures.forEach((band, count) -> published.add(new Figure(band, count)));
    return published;
  }
}

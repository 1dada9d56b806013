package uk.missingchildren.response.nationalpicture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  private static final List<String> BANDS = List.of("strong", "developing", "priority");

  @Test
  void fourPartnerships_publishNothing() {
    assertThat(Disclosure.publish(BANDS, Map.of("strong", 2L, "developing", 1L, "priority", 1L)))
        .isEmpty();
  }

  @Test
  void fivePartnerships_publishTheirSpread_whenEveryFigureIsFiveOrNone() {
    assertThat(Disclosure.publish(BANDS, Map.of("strong", 5L)))
        .extracting(Disclosure.Figure::count)
        .containsExactly(5L, 0L, 0L);
  }

  @Test
  void aRatingHeldByFewerThanFive_isSuppressed_andSoIsTheSmallestOther_soItCannotBeWorkedOut() {
    // 9 partnerships: 6 strong, 3 developing, none a priority. With the total published, hiding
    // only "developing" would leave it as 9 - 6 - 0 = 3; so the zero is hidden too.
    var figures = Disclosure.publish(BANDS, Map.of("strong", 6L, "developing", 3L, "priority", 0L));
    assertThat(figures).extracting(Disclosure.Figure::count).containsExactly(6L, null, null);
    long suppressed = figures.stream().filter(Disclosure.Figure::suppressed).count();
    assertThat(suppressed).as("never a lone suppressed figure").isNotEqualTo(1);
  }

  @Test
  void noSuppressedFigure_canBeWorkedOutFromTheTotalAndTheOthers_inAnySpreadOfUpToFifteen() {
    for (int strong = 0; strong <= 15; strong++) {
      for (int developing = 0; strong + developing <= 15; developing++) {
        for (int priority = 0; strong + developing + priority <= 15; priority++) {
          Map<String, Long> counts =
              Map.of(
                  "strong",
                  (long) strong,
                  "developing",
                  (long) developing,
                  "priority",
                  (long) priority);
          var figures = Disclosure.publish(BANDS, counts);
          if (figures.isEmpty()) {
            assertThat(strong + developing + priority).isLessThan(5);
            continue;
          }
          long hidden = figures.stream().filter(Disclosure.Figure::suppressed).count();
          assertThat(hidden).as(counts.toString()).isNotEqualTo(1);
          figures.stream()
              .filter(f -> !f.suppressed())
              .forEach(
                  f -> assertThat(f.count() == 0 || f.count() >= 5).as(counts.toString()).isTrue());
        }
      }
    }
  }

  @Test
  void onePartnershipJoining_leavesThePublishedPictureAsItWas_soTheDifferenceRevealsNothing() {
    Map<UUID, UUID> published = new HashMap<>();
    for (int i = 0; i < 5; i++) {
      published.put(UUID.randomUUID(), UUID.randomUUID());
    }
    Map<UUID, UUID> oneMore = new HashMap<>(published);
    oneMore.put(UUID.randomUUID(), UUID.randomUUID());
    assertThat(Refresh.due(published, oneMore)).isFalse();

    Map<UUID, UUID> fiveChanged = new HashMap<>(oneMore);
    published.keySet().stream().limit(4).forEach(p -> fiveChanged.put(p, UUID.randomUUID()));
    assertThat(Refresh.changed(published, fiveChanged)).isEqualTo(5);
    assertThat(Refresh.due(published, fiveChanged)).isTrue();

    Map<UUID, UUID> oneLeft = new HashMap<>(published);
    oneLeft.remove(published.keySet().iterator().next());
    assertThat(Refresh.due(published, oneLeft)).as("one leaving is one change").isFalse();
  }
}

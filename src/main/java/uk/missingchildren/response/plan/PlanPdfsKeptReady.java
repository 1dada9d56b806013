package uk.missingchildren.response.plan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Keeps the PDF of a plan that someone downloaded recently laid out as its actions change, so the
 * next download is served at once rather than after seconds of layout (a plan of 1,000 actions
 * takes about 3 s). A partnership's PDF is downloaded again and again around its meetings, and an
 * action changed in the meeting makes a new file.
 *
 * <p>Every few seconds, for the partnerships whose PDF was downloaded in the last {@link
 * #INTEREST_LASTS}, the plan's words are read again (milliseconds) and, if they changed, laid out
 * into {@link ActionPlanPdf}'s files. Those files are found only by the words a member's own
 * request produces, so preparing one never shows anything to anyone. Only as many plans are kept
 * ready as leave room in the files kept, so that they do not push each other out and lay out
 * forever.
 */
@Component
class PlanPdfsKeptReady {

  private static final Logger log = LoggerFactory.getLogger(PlanPdfsKeptReady.class);

  /** About the length of a meeting and its write-up. */
  static final Duration INTEREST_LASTS = Duration.ofHours(2);

  /** Half the files kept: room for each plan's file before and after a change. */
  static final int PLANS_KEPT_READY = ActionPlanPdf.FILES_KEPT / 2;

  private final PlanRows rows;
  private final PlanWords words;
  private final ActionPlanPdf pdf;
  private final Clock clock;
  private final boolean enabled;
  private final Map<UUID, Interest> downloaded = new ConcurrentHashMap<>();

  PlanPdfsKeptReady(
      PlanRows rows,
      PlanWords words,
      ActionPlanPdf pdf,
      Clock clock,
      @Value("${app.plan.pdf-kept-ready:true}") boolean enabled) {
    this.rows = rows;
    this.words = words;
    this.pdf = pdf;
    this.clock = clock;
    this.enabled = enabled;
  }

  /** Called as a member downloads the PDF, with their checked membership. */
  void downloadedBy(PartnershipContext context) {
    if (enabled) {
      downloaded.put(context.partnershipId(), new Interest(context, clock.instant()));
    }
  }

  /**
   * Lays out the plans that changed since they were last laid out; one at a time, in the
   * background.
   */
  @Scheduled(fixedDelayString = "${app.plan.pdf-check-every:PT5S}", initialDelayString = "PT10S")
  void layOutChangedPlans() {
    Instant forgetBefore = clock.instant().minus(INTEREST_LASTS);
    downloaded.values().removeIf(interest -> interest.at().isBefore(forgetBefore));
    for (Interest interest : mostRecent()) {
      try {
        pdf.export(words.printed(rows.plan(interest.context())));
      } catch (RuntimeException failed) {
        // A partnership deleted since, say: the next download tells its member properly.
        downloaded.remove(interest.context().partnershipId(), interest);
        log.warn(
            "Could not lay out the action plan of partnership {} ahead of its download",
            interest.context().partnershipId(),
            failed);
      }
    }
  }

  private List<Interest> mostRecent() {
    return downloaded.values().stream()
        .sorted(Comparator.comparing(Interest::at).reversed())
        .limit(PLANS_KEPT_READY)
        .toList();
  }

  private record Interest(PartnershipContext context, Instant at) {}
}

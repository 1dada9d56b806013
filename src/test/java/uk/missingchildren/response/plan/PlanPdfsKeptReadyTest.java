package uk.missingchildren.response.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import uk.missingchildren.response.export.PdfRenderer;
import uk.missingchildren.response.partnership.PartnershipContext;

class PlanPdfsKeptReadyTest {

  private final PdfRenderer renderer = mock(PdfRenderer.class);
  private final ActionPlanPdf pdf = new ActionPlanPdf(renderer);
  private final PlanRows rows = mock(PlanRows.class);
  private final PlanWords words = mock(PlanWords.class);
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2026-12-04T10:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  private final PlanPdfsKeptReady keptReady = new PlanPdfsKeptReady(rows, words, pdf, clock, true);
  private final Map<PartnershipContext, String> nameOf = new HashMap<>();
  private final Map<PartnershipContext, String> firstActionOf = new HashMap<>();
  private final Map<ActionPlan, PartnershipContext> planOf = new HashMap<>();

  PlanPdfsKeptReadyTest() {
    when(renderer.render(eq("pdf/action-plan"), anyMap(), any())).thenReturn(new byte[] {1});
    when(rows.plan(any()))
        .thenAnswer(
            call -> {
              ActionPlan plan = mock(ActionPlan.class);
              planOf.put(plan, call.getArgument(0, PartnershipContext.class));
              return plan;
            });
    when(words.printed(any()))
        .thenAnswer(call -> printedFor(planOf.get(call.getArgument(0, ActionPlan.class))));
  }

  @Test
  void aDownloadedPlanWhoseActionsChange_isLaidOutBeforeItIsAskedForAgain() {
    PartnershipContext northshire = partnership("Northshire", "Agree who follows up each return");
    pdf.export(printedFor(northshire));
    keptReady.downloadedBy(northshire);

    firstActionOf.put(northshire, "Agree who follows up every return");
    keptReady.layOutChangedPlans();
    pdf.export(printedFor(northshire));

    // Once for the first download, once in the background: the second download laid nothing out.
    verify(renderer, times(2)).render(eq("pdf/action-plan"), anyMap(), any());
  }

  @Test
  void anUnchangedPlan_isNotLaidOutAgain() {
    PartnershipContext northshire = partnership("Northshire", "Agree who follows up each return");
    pdf.export(printedFor(northshire));
    keptReady.downloadedBy(northshire);

    keptReady.layOutChangedPlans();
    keptReady.layOutChangedPlans();

    verify(renderer, times(1)).render(eq("pdf/action-plan"), anyMap(), any());
  }

  @Test
  void aPlanNobodyDownloaded_isNeverLaidOut() {
    partnership("Northshire", "Agree who follows up each return");

    keptReady.layOutChangedPlans();

    verify(renderer, never()).render(any(), anyMap(), any());
  }

  @Test
  void twoHoursAfterTheLastDownload_thePlanIsNoLongerKeptReady() {
    PartnershipContext northshire = partnership("Northshire", "Agree who follows up each return");
    keptReady.downloadedBy(northshire);
    now.set(now.get().plus(PlanPdfsKeptReady.INTEREST_LASTS).plusSeconds(1));

    keptReady.layOutChangedPlans();

    verify(renderer, never()).render(any(), anyMap(), any());
  }

  @Test
  void onlyTheMostRecentlyDownloadedPlans_areKeptReady_soTheyDoNotPushEachOtherOut() {
    int downloaded = PlanPdfsKeptReady.PLANS_KEPT_READY + 2;
    for (int i = 0; i < downloaded; i++) {
      keptReady.downloadedBy(partnership("Partnership " + i, "Action"));
      now.set(now.get().plusSeconds(60));
    }

    keptReady.layOutChangedPlans();
    keptReady.layOutChangedPlans();

    verify(renderer, times(PlanPdfsKeptReady.PLANS_KEPT_READY))
        .render(eq("pdf/action-plan"), anyMap(), any());
    assertThat(renderedPartnerships()).doesNotContain("Partnership 0", "Partnership 1");
  }

  @Test
  void aPlanThatCannotBeRead_isForgotten_andTheOthersAreStillLaidOut() {
    PartnershipContext deleted = partnership("Deleted", "Action");
    PartnershipContext northshire = partnership("Northshire", "Action");
    when(rows.plan(deleted)).thenThrow(new IllegalStateException("No such partnership"));
    keptReady.downloadedBy(deleted);
    keptReady.downloadedBy(northshire);

    keptReady.layOutChangedPlans();
    keptReady.layOutChangedPlans();

    verify(rows, times(1)).plan(deleted);
    assertThat(renderedPartnerships()).containsExactly("Northshire");
  }

  @Test
  void whenTurnedOff_downloadsAreNotFollowedUp() {
    PlanPdfsKeptReady off = new PlanPdfsKeptReady(rows, words, pdf, clock, false);
    off.downloadedBy(partnership("Northshire", "Action"));

    off.layOutChangedPlans();

    verify(renderer, never()).render(any(), anyMap(), any());
  }

  private List<String> renderedPartnerships() {
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> models = ArgumentCaptor.forClass(Map.class);
    verify(renderer, atLeast(0)).render(eq("pdf/action-plan"), models.capture(), any());
    return models.getAllValues().stream()
        .map(model -> ((PrintedPlan) model.get("plan")).partnershipName())
        .toList();
  }

  private PartnershipContext partnership(String name, String firstAction) {
    PartnershipContext context = mock(PartnershipContext.class);
    when(context.partnershipId()).thenReturn(UUID.randomUUID());
    nameOf.put(context, name);
    firstActionOf.put(context, firstAction);
    return context;
  }

  /** The plan's words: the partnership's name and its first action's title. */
  private PrintedPlan printedFor(PartnershipContext context) {
    String name = nameOf.get(context);
    PrintedPlan.Entry action =
        new PrintedPlan.Entry("3F2A9C1D: " + firstActionOf.get(context), false, List.of());
    return new PrintedPlan(
        "Action plan: " + name,
        name,
        "Exported on 4 December 2026: 1 action, 0 of them overdue.",
        name + ": action plan, 4 December 2026",
        List.of(
            new PrintedPlan.Area(
                "return-home-interviews", "Return home interviews", List.of(action))),
        new PrintedPlan.Proposed("Proposed actions from stage one", "", List.of()));
  }
}

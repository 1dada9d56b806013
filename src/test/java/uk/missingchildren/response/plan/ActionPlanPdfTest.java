package uk.missingchildren.response.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.export.PdfRenderer;

class ActionPlanPdfTest {

  private final PdfRenderer renderer = mock(PdfRenderer.class);
  private final ActionPlanPdf pdf = new ActionPlanPdf(renderer);

  @Test
  void theSamePlanDownloadedAgain_isLaidOutOnce() {
    when(renderer.render(eq("pdf/action-plan"), anyMap(), any())).thenReturn(new byte[] {1, 2, 3});

    byte[] first = pdf.export(plan("Agree who follows up each return", "4 December 2026"));
    byte[] second = pdf.export(plan("Agree who follows up each return", "4 December 2026"));

    assertThat(second).isEqualTo(first).containsExactly(1, 2, 3);
    verify(renderer, times(1)).render(eq("pdf/action-plan"), anyMap(), any());
  }

  @Test
  void aChangedActionOrANewDay_makesANewFile() {
    when(renderer.render(eq("pdf/action-plan"), anyMap(), any()))
        .thenReturn(new byte[] {1}, new byte[] {2}, new byte[] {3});

    byte[] first = pdf.export(plan("Agree who follows up each return", "4 December 2026"));
    byte[] changed = pdf.export(plan("Agree who follows up every return", "4 December 2026"));
    byte[] nextDay = pdf.export(plan("Agree who follows up every return", "5 December 2026"));

    assertThat(List.of(first[0], changed[0], nextDay[0]))
        .containsExactly((byte) 1, (byte) 2, (byte) 3);
  }

  @Test
  void onlyTheMostRecentFilesAreKept() {
    when(renderer.render(eq("pdf/action-plan"), anyMap(), any())).thenReturn(new byte[] {1});
    for (int i = 0; i <= ActionPlanPdf.FILES_KEPT; i++) {
      pdf.export(plan("Action " + i, "4 December 2026"));
    }

    pdf.export(plan("Action " + ActionPlanPdf.FILES_KEPT, "4 December 2026"));
    pdf.export(plan("Action 0", "4 December 2026"));

    verify(renderer, times(ActionPlanPdf.FILES_KEPT + 2))
        .render(eq("pdf/action-plan"), anyMap(), any());
  }

  @Test
  void membersAskingWhileThePlanIsBeingLaidOut_waitForThatFile_ratherThanEachMakingIt()
      throws Exception {
    PrintedPlan plan = plan("Agree who follows up each return", "4 December 2026");
    AtomicReference<byte[]> secondGot = new AtomicReference<>();
    Thread second = new Thread(() -> secondGot.set(pdf.export(plan)));
    when(renderer.render(eq("pdf/action-plan"), anyMap(), any()))
        .thenAnswer(
            call -> {
              // Still laying out when the second member asks, until they are waiting for it.
              second.start();
              long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
              while (second.getState() != Thread.State.WAITING && System.nanoTime() < giveUp) {
                Thread.sleep(5);
              }
              return new byte[] {7};
            });

    byte[] first = pdf.export(plan);
    second.join(5_000);

    assertThat(first).containsExactly(7);
    assertThat(secondGot.get()).containsExactly(7);
    verify(renderer, times(1)).render(eq("pdf/action-plan"), anyMap(), any());
  }

  @Test
  void aFileThatFailedToBeMade_isNotKept_soTheNextDownloadTriesAgain() {
    when(renderer.render(eq("pdf/action-plan"), anyMap(), any()))
        .thenThrow(new IllegalStateException("The layout failed"))
        .thenReturn(new byte[] {5});
    PrintedPlan plan = plan("Agree who follows up each return", "4 December 2026");

    assertThatThrownBy(() -> pdf.export(plan)).hasMessage("The layout failed");
    assertThat(pdf.export(plan)).containsExactly(5);
  }

  private static PrintedPlan plan(String actionTitle, String day) {
    PrintedPlan.Entry action =
        new PrintedPlan.Entry(
            "3F2A9C1D: " + actionTitle,
            false,
            List.of(new PrintedPlan.Detail("Owner", "Police", false)));
    return new PrintedPlan(
        "Action plan: Northshire",
        "Northshire",
        "Exported on " + day + ": 1 action, 0 of them overdue.",
        "Northshire: action plan, " + day,
        List.of(
            new PrintedPlan.Area(
                "return-home-interviews", "Return home interviews", List.of(action))),
        new PrintedPlan.Proposed("Proposed actions from stage one", "", List.of()));
  }
}

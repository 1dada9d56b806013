package uk.missingchildren.response.plan;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.PdfRenderer;

/**
 * The action plan as a tagged, accessible PDF (PDF/UA-1 and PDF/A-3a), laid out as the Word
 * document is.
 *
 * <p>Laying out a plan of a thousand actions (about 500 pages) takes seconds, so the last few files
 * are kept, keyed by every word they print: the same words make the same file. Any change to an
 * action, or the next day (the date is printed), changes the words and so makes a new file. Members
 * who ask for the same plan while it is being laid out wait for that one, rather than each making
 * it.
 */
@Component
class ActionPlanPdf {

  private static final String TEMPLATE = "pdf/action-plan";

  /** A plan of 1,000 actions is about 6 MB: a few dozen MB at most. */
  static final int FILES_KEPT = 8;

  private final PdfRenderer renderer;
  private final Map<PrintedPlan, CompletableFuture<byte[]>> recent = new RecentFiles();

  ActionPlanPdf(PdfRenderer renderer) {
    this.renderer = renderer;
  }

  /**
   * Lays the plan out, unless it was laid out already or is being laid out for someone else now.
   */
  byte[] export(PrintedPlan plan) {
    CompletableFuture<byte[]> mine = new CompletableFuture<>();
    CompletableFuture<byte[]> file;
    synchronized (recent) {
      file = recent.putIfAbsent(plan, mine);
    }
    if (file != null) {
      return file.join();
    }
    try {
      mine.complete(renderer.render(TEMPLATE, Map.of("plan", plan), html -> {}));
      return mine.join();
    } catch (RuntimeException | Error failed) {
      synchronized (recent) {
        recent.remove(plan, mine);
      }
      mine.completeExceptionally(failed);
      throw failed;
    }
  }

  /** The files used most recently, up to {@link #FILES_KEPT}. */
  private static final class RecentFiles
      extends LinkedHashMap<PrintedPlan, CompletableFuture<byte[]>> {

    RecentFiles() {
      super(FILES_KEPT * 2, 0.75f, true);
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<PrintedPlan, CompletableFuture<byte[]>> eldest) {
      return size() > FILES_KEPT;
    }
  }
}

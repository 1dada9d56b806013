package uk.missingchildren.response.plan;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.export.PdfRenderer;

/**
 * The action plan as a tagged, accessible PDF (PDF/UA-1 and PDF/A-3a), laid out as the Word
 * document is.
 */
@Component
class ActionPlanPdf {

  private static final String TEMPLATE = "pdf/action-plan";

  private final PdfRenderer renderer;

  ActionPlanPdf(PdfRenderer renderer) {
    this.renderer = renderer;
  }

  byte[] export(PrintedPlan plan) {
    return renderer.render(TEMPLATE, Map.of("plan", plan), html -> {});
  }
}

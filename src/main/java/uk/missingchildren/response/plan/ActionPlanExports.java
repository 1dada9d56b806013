package uk.missingchildren.response.plan;

import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.FileDownload;

/**
 * The action plan in each format. Anyone in the partnership, viewers included, may download it. It
 * is read afresh on each request, so it always shows the register as it is (the PDF is laid out
 * again only when its words differ, {@link ActionPlanPdf}, and ahead of the next download once
 * downloaded, {@link PlanPdfsKeptReady}).
 */
@Service
class ActionPlanExports {

  private final PlanRows rows;
  private final PlanWords words;
  private final ActionPlanSpreadsheet spreadsheet;
  private final ActionPlanCsv csv;
  private final ActionPlanWord word;
  private final ActionPlanPdf pdf;
  private final PlanPdfsKeptReady keptReady;

  ActionPlanExports(
      PlanRows rows,
      PlanWords words,
      ActionPlanSpreadsheet spreadsheet,
      ActionPlanCsv csv,
      ActionPlanWord word,
      ActionPlanPdf pdf,
      PlanPdfsKeptReady keptReady) {
    this.rows = rows;
    this.words = words;
    this.spreadsheet = spreadsheet;
    this.csv = csv;
    this.word = word;
    this.pdf = pdf;
    this.keptReady = keptReady;
  }

  PlanFile excel(PartnershipContext context) {
    return file(context, "xlsx", FileDownload.EXCEL, spreadsheet::export);
  }

  PlanFile csv(PartnershipContext context) {
    return file(context, "csv", FileDownload.CSV, csv::export);
  }

  PlanFile word(PartnershipContext context) {
    return file(context, "docx", FileDownload.WORD, plan -> word.export(words.printed(plan)));
  }

  PlanFile pdf(PartnershipContext context) {
    keptReady.downloadedBy(context);
    return file(context, "pdf", MediaType.APPLICATION_PDF, plan -> pdf.export(words.printed(plan)));
  }

  private PlanFile file(
      PartnershipContext context,
      String extension,
      MediaType type,
      Function<ActionPlan, byte[]> format) {
    ActionPlan plan = rows.plan(context);
    return new PlanFile(
        format.apply(plan),
        type,
        PlanFile.name("action-plan", plan.partnershipName(), plan.exportedOn(), extension));
  }
}

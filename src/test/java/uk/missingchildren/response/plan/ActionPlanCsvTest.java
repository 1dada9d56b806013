package uk.missingchildren.response.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActionPlanCsvTest {

  @Test
  void field_thatASpreadsheetWouldRunAsAFormula_startsWithAnApostrophe() {
    assertThat(ActionPlanCsv.field("=1+1")).isEqualTo("'=1+1");
    assertThat(ActionPlanCsv.field("+44 20")).isEqualTo("'+44 20");
    assertThat(ActionPlanCsv.field("-5")).isEqualTo("'-5");
    assertThat(ActionPlanCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(ActionPlanCsv.field("\tindented")).isEqualTo("'\tindented");
    assertThat(ActionPlanCsv.field("\r=cmd")).isEqualTo("\"'\r=cmd\"");
  }

  @Test
  void field_withoutAFormulaStart_isLeftAsTyped() {
    assertThat(ActionPlanCsv.field("Train call handlers")).isEqualTo("Train call handlers");
    assertThat(ActionPlanCsv.field("a = b")).isEqualTo("a = b");
    assertThat(ActionPlanCsv.field("")).isEmpty();
  }

  @Test
  void field_withACommaQuoteOrLineBreak_isQuoted_withItsQuotesDoubled() {
    assertThat(ActionPlanCsv.field("one, two")).isEqualTo("\"one, two\"");
    assertThat(ActionPlanCsv.field("say \"yes\"")).isEqualTo("\"say \"\"yes\"\"\"");
    assertThat(ActionPlanCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(ActionPlanCsv.field("=HYPERLINK(\"x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  }

  @Test
  void fileNames_useASlugOfThePartnershipsName() {
    assertThat(PlanFile.slug("Northshire Safeguarding Partnership"))
        .isEqualTo("northshire-safeguarding-partnership");
    assertThat(PlanFile.slug("  Brighton & Hove / Sussex (LSCP) "))
        .isEqualTo("brighton-hove-sussex-lscp");
    assertThat(PlanFile.slug("Ynys Môn")).isEqualTo("ynys-mon");
    assertThat(PlanFile.slug("***")).isEqualTo("partnership");
    assertThat(
            PlanFile.name("action-plan", "Ynys Môn", java.time.LocalDate.of(2026, 11, 22), "csv"))
        .isEqualTo("action-plan-ynys-mon-2026-11-22.csv");
  }
}

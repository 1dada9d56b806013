package uk.missingchildren.response.export;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Checks a PDF with veraPDF, the reference validator for PDF/UA and PDF/A. */
public final class PdfUaValidation {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUaValidation() {}

  /** Every rule the PDF breaks, as "clause-test: message"; empty when it is compliant. */
  public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
    VeraPDFFoundry foundry = Foundries.defaultInstance();
    try (PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), flavour);
        PDFAValidator validator = foundry.createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      if (result.isCompliant()) {
        return List.of();
      }
      return result.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(PdfUaValidation::describe)
          .distinct()
          .toList();
    } catch (Exception e) {
      throw new IllegalStateException("veraPDF could not check the PDF", e);
    }
  }

  private static String describe(TestAssertion assertion) {
    return assertion.getRuleId().getClause()
        + "-"
        + assertion.getRuleId().getTestNumber()
        + ": "
        + assertion.getMessage();
  }
}

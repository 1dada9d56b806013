package uk.missingchildren.response.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template under {@code templates/pdf/} to a tagged, accessible PDF: PDF/UA-1
 * (screen readers can follow headings, lists and tables) and PDF/A-3a (it can be archived).
 */
@Component
public class PdfRenderer {

  private static final String FONT_FAMILY = "DejaVu Sans";

  private final ITemplateEngine templates;
  private final ApplicationContext beans;

  PdfRenderer(ITemplateEngine templates, ApplicationContext beans) {
    this.templates = templates;
    this.beans = beans;
    RendererLog.install();
  }

  /**
   * @param template the template name, such as {@code pdf/checklists}
   * @param tidy a last change to the HTML before layout, for markup that only makes sense on screen
   */
  public byte[] render(String template, Map<String, Object> model, Consumer<Document> tidy) {
    Context context = new Context(ExportMessages.LOCALE, model);
    // Lets a page's fragments use the same helpers as on screen, such as @dates.
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(beans, null));
    Document html = Jsoup.parse(templates.process(template, context));
    tidy.accept(html);
    // A link to a page of this site cannot be followed from a downloaded file: keep only its words.
    html.select("a[href^=/]").unwrap();
    keepBookmarksInHead(html);
    return toPdf(html);
  }

  /** The HTML parser moves openhtmltopdf's {@code <bookmarks>} to the body; they go in the head. */
  private static void keepBookmarksInHead(Document html) {
    Element bookmarks = html.selectFirst("bookmarks");
    if (bookmarks != null) {
      html.head().appendChild(bookmarks);
    }
  }

  private byte[] toPdf(Document html) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
    // PDF/A needs an output intent, and PDF/UA needs every font embedded.
    builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
    builder.useFont(() -> stream(EmbeddedFonts.REGULAR), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> stream(EmbeddedFonts.BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.withW3cDocument(new W3CDom().fromJsoup(html), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the PDF", e);
    }
    return out.toByteArray();
  }

  private static InputStream stream(byte[] font) {
    return new ByteArrayInputStream(font);
  }
}

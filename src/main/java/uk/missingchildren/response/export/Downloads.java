package uk.missingchildren.response.export;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;

/**
 * Finds or makes each download. A framework version never changes once published, so each file is
 * generated once per version and then served from memory: a repeat download is instant.
 */
@Service
class Downloads {

  private final FrameworkCatalogue catalogue;
  private final BlankChecklistPdfExporter pdf;
  private final BlankChecklistWordExporter word;
  private final InformationSheetPdfExporter informationSheet;
  private final Map<Key, byte[]> generated = new ConcurrentHashMap<>();

  Downloads(
      FrameworkCatalogue catalogue,
      BlankChecklistPdfExporter pdf,
      BlankChecklistWordExporter word,
      InformationSheetPdfExporter informationSheet) {
    this.catalogue = catalogue;
    this.pdf = pdf;
    this.word = word;
    this.informationSheet = informationSheet;
  }

  /** One area's blank checklist, or empty when no area has that slug. */
  Optional<Download> checklist(String slug, DownloadFormat format) {
    Framework framework = catalogue.current();
    return framework
        .theme(slug)
        .map(
            theme ->
                cached(
                    framework,
                    "checklist-" + slug,
                    format,
                    () -> checklist(framework, theme, format)));
  }

  Download allChecklists(DownloadFormat format) {
    Framework framework = catalogue.current();
    Supplier<byte[]> generate =
        () -> format == DownloadFormat.PDF ? pdf.exportAll(framework) : word.exportAll(framework);
    return cached(framework, "checklists-all", format, generate);
  }

  Download informationSheet() {
    return cached(
        catalogue.current(), "information-sheet", DownloadFormat.PDF, informationSheet::export);
  }

  private byte[] checklist(Framework framework, Theme theme, DownloadFormat format) {
    return format == DownloadFormat.PDF
        ? pdf.export(framework, theme)
        : word.export(framework, theme);
  }

  private Download cached(
      Framework framework, String stem, DownloadFormat format, Supplier<byte[]> generate) {
    Key key = new Key(framework.version(), stem, format);
    // Generated outside the map's lock: two first requests at once may both generate, which is
    // harmless, rather than one slow document holding up others.
    byte[] bytes = generated.get(key);
    if (bytes == null) {
      bytes = generate.get();
      generated.putIfAbsent(key, bytes);
    }
    return new Download(format.fileName(stem), format, bytes);
  }

  private record Key(String version, String document, DownloadFormat format) {}
}

package uk.missingchildren.response.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.missingchildren.response.framework.ChecklistItem;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * Downloads every blank checklist (PDF and Word, one area and all 12) and the information sheet
 * over real HTTP, then opens each file to check its words, its accessibility and how it is sent.
 * Each file is fetched once, first thing, so the times printed are for generating it cold. Copies
 * are left in {@code target/downloads} for a person to look at. The files are those of 2026.2, the
 * version the public checklist pages and downloads serve.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = "app.framework.current=2026.2")
class ChecklistDownloadsIntegrationTest extends IntegrationTest {

  private static final String WORD_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final Path SAVED = Path.of("target/downloads");

  @Autowired FrameworkCatalogue catalogue;

  private Framework framework;
  private final Map<String, Fetched> fetched = new LinkedHashMap<>();

  @BeforeAll
  void downloadEveryFileOnce() throws IOException {
    framework = catalogue.current();
    Files.createDirectories(SAVED);
    fetch("/checklists/all.pdf");
    fetch("/checklists/all.docx");
    fetch("/information-sheet.pdf");
    for (Theme theme : framework.themes()) {
      fetch("/checklists/" + theme.slug() + ".pdf");
      fetch("/checklists/" + theme.slug() + ".docx");
    }
    report("all.pdf", pdfPages(body("/checklists/all.pdf")) + " pages");
    report("all.docx", wordTables(body("/checklists/all.docx")) + " tables");
  }

  @Test
  void everyChecklistPdf_containsTheTextOfEveryItem() {
    SoftAssertions softly = new SoftAssertions();
    for (Theme theme : framework.themes()) {
      String text = DocumentText.ofPdf(body("/checklists/" + theme.slug() + ".pdf"));
      assertContainsAreaAndEveryItem(softly, theme.slug() + ".pdf", text, theme);
    }
    softly.assertAll();
  }

  @Test
  void everyChecklistWordDocument_containsTheTextOfEveryItem() {
    SoftAssertions softly = new SoftAssertions();
    for (Theme theme : framework.themes()) {
      String text = DocumentText.ofWord(body("/checklists/" + theme.slug() + ".docx"));
      assertContainsAreaAndEveryItem(softly, theme.slug() + ".docx", text, theme);
    }
    softly.assertAll();
  }

  @Test
  void allChecklists_inBothFormats_containEveryAreaAndTheTextOfEveryItem() {
    String pdf = DocumentText.ofPdf(body("/checklists/all.pdf"));
    String word = DocumentText.ofWord(body("/checklists/all.docx"));

    SoftAssertions softly = new SoftAssertions();
    for (Theme theme : framework.themes()) {
      assertContainsAreaAndEveryItem(softly, "all.pdf", pdf, theme);
      assertContainsAreaAndEveryItem(softly, "all.docx", word, theme);
    }
    softly.assertAll();
  }

  @Test
  void allChecklistsPdf_startsEachAreaOnANewPageAfterTheCoverAndContents() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(body("/checklists/all.pdf"))) {
      List<String> pages = pageTexts(pdf).stream().map(page -> withoutFooter(page)).toList();

      assertThat(pages.get(0)).contains("Thematic checklists", "Contents");
      for (Theme theme : framework.themes()) {
        String title = DocumentText.normalise(theme.title());
        assertThat(pages.stream().skip(1).filter(page -> page.startsWith(title)))
            .as("a page starting with " + title)
            .hasSize(1);
      }
    }
  }

  @Test
  void allChecklistsPdf_neverLeavesATableHeaderAloneAtTheFootOfAPage() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(body("/checklists/all.pdf"))) {
      List<String> pages = pageTexts(pdf);

      for (int page = 0; page < pages.size(); page++) {
        assertThat(pages.get(page))
            .as("page " + (page + 1))
            .doesNotEndWith("Notes and evidence Actions");
      }
    }
  }

  @Test
  void noChecklistPdf_hasAPageWithNothingButItsFooter() throws IOException {
    List<String> files = new java.util.ArrayList<>(List.of("/checklists/all.pdf"));
    framework.themes().forEach(theme -> files.add("/checklists/" + theme.slug() + ".pdf"));
    SoftAssertions softly = new SoftAssertions();
    for (String file : files) {
      try (PDDocument pdf = Loader.loadPDF(body(file))) {
        List<String> pages = pageTexts(pdf);
        for (int page = 0; page < pages.size(); page++) {
          softly
              .assertThat(withoutFooter(pages.get(page)))
              .as("%s page %d of %d", file, page + 1, pages.size())
              .isNotBlank();
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void checklistItems_showWhatGoodLooksLikeTheEvidenceAndTheirSources() {
    Theme theme = framework.themes().get(0);
    String pdf = DocumentText.ofPdf(body("/checklists/" + theme.slug() + ".pdf"));
    String word = DocumentText.ofWord(body("/checklists/" + theme.slug() + ".docx"));

    for (ChecklistItem item : inUse(theme)) {
      for (String text : List.of(pdf, word)) {
        if (item.whatGoodLooksLike() != null) {
          assertThat(text).contains(DocumentText.normalise(item.whatGoodLooksLike()));
        }
        if (item.evidence() != null) {
          assertThat(text).contains(DocumentText.normalise(item.evidence()));
        }
        framework
            .sourcesOf(item)
            .forEach(source -> assertThat(text).contains(DocumentText.normalise(source.title())));
      }
    }
    assertThat(pdf).contains("How far met", "Impact", "Notes and evidence", "Actions", "Fully met");
    String noNames = "Do not record names or details that could identify a child or family.";
    assertThat(pdf).contains(noNames);
    assertThat(word).contains(noNames);
  }

  @Test
  void pdfText_hasNoLigatures_soWordsCanBeSearchedCopiedAndReadAloud() {
    Map<String, String> wordsThatHadLigatures =
        Map.of("/checklists/all.pdf", "officer", "/information-sheet.pdf", "figures");
    wordsThatHadLigatures.forEach(
        (path, word) -> {
          String characters = DocumentText.rawCharactersOfPdf(body(path));

          assertThat(characters).as(path).contains(word);
          assertThat(characters.chars().filter(c -> c >= 0xFB00 && c <= 0xFB06)).as(path).isEmpty();
        });
  }

  @Test
  void informationSheetPdf_holdsThePagesContentButNotItsDownloadLink() {
    String text = DocumentText.ofPdf(body("/information-sheet.pdf"));

    SoftAssertions softly = new SoftAssertions();
    informationSheetMessages()
        .forEach(
            (key, message) -> {
              if (key.equals("informationSheet.download")) {
                softly.assertThat(text).as(key).doesNotContain(DocumentText.normalise(message));
              } else {
                softly.assertThat(text).as(key).contains(DocumentText.normalise(message));
              }
            });
    softly.assertAll();
  }

  @Test
  void downloads_areSentAsAttachmentsWithTheirTypeAndStableFileNames() {
    SoftAssertions softly = new SoftAssertions();
    expectHeaders(softly, "/checklists/all.pdf", "application/pdf", "checklists-all.pdf");
    expectHeaders(softly, "/checklists/all.docx", WORD_TYPE, "checklists-all.docx");
    expectHeaders(softly, "/information-sheet.pdf", "application/pdf", "information-sheet.pdf");
    for (Theme theme : framework.themes()) {
      String stem = "checklist-" + theme.slug();
      String path = "/checklists/" + theme.slug();
      expectHeaders(softly, path + ".pdf", "application/pdf", stem + ".pdf");
      expectHeaders(softly, path + ".docx", WORD_TYPE, stem + ".docx");
    }
    softly.assertAll();
  }

  @Test
  void anUnknownChecklist_isNotFound() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    assertThat(visitor.getBytes("/checklists/no-such-area.pdf").statusCode()).isEqualTo(404);
    assertThat(visitor.getBytes("/checklists/no-such-area.docx").statusCode()).isEqualTo(404);
  }

  @Test
  void retiredItems_areLeftOutOfTheChecklistPagesAndFiles() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    Document page = Jsoup.parse(visitor.get("/checklists/health").body());

    assertThat(page.getElementById("T10-G06")).as("moved to required as T10-R05").isNull();
    assertThat(page.getElementById("T10-R02")).as("merged into T04-G08").isNull();
    assertThat(page.getElementById("T10-R05")).isNotNull();
    assertThat(DocumentText.ofWord(body("/checklists/all.docx")))
        .doesNotContain(
            framework.items().stream()
                .filter(item -> !item.active())
                .map(item -> item.id() + " ")
                .toArray(String[]::new));
  }

  @Test
  void aRepeatDownload_isTheSameFileServedFromMemory() {
    Fetched cold = fetched.get("/checklists/all.pdf");
    long started = System.nanoTime();
    HttpResponse<byte[]> again = new SiteVisitor(url("")).getBytes("/checklists/all.pdf");
    long millis = (System.nanoTime() - started) / 1_000_000;

    System.out.println("==> all.pdf downloaded again in " + millis + " ms");
    assertThat(again.body()).isEqualTo(cold.response().body());
    assertThat(millis).isLessThan(Math.max(cold.millis() / 2, 1));
  }

  @Test
  void everyPdf_isTaggedWithItsTitleAndLanguage() throws IOException {
    Theme theme = framework.themes().get(0);
    expectTagged("/checklists/" + theme.slug() + ".pdf", theme.title() + ": blank checklist");
    expectTagged("/checklists/all.pdf", "Thematic checklists: blank copies of all 12");
    expectTagged("/information-sheet.pdf", "Information sheet: running the assessment");
  }

  @Test
  void aChecklistPdfAndTheInformationSheet_passPdfUaAndPdfAValidation() {
    String checklist = "/checklists/" + framework.themes().get(0).slug() + ".pdf";
    for (String path : List.of(checklist, "/information-sheet.pdf")) {
      expectCompliant(path, PDFAFlavour.PDFUA_1);
      expectCompliant(path, PDFAFlavour.PDFA_3_A);
    }
  }

  @Test
  void allChecklistsPdf_withItsContentsLinksAndBookmarks_passesPdfUaValidation() {
    expectCompliant("/checklists/all.pdf", PDFAFlavour.PDFUA_1);
  }

  @Test
  void wordChecklists_useHeadingStylesAndRepeatEachTablesHeaderRow() throws IOException {
    Theme theme = framework.themes().get(0);
    try (XWPFDocument word = word("/checklists/" + theme.slug() + ".docx")) {
      assertThat(word.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
      assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
      assertThat(textsInStyle(word, "Heading1")).containsExactly(theme.title());
      assertThat(textsInStyle(word, "Heading2"))
          .contains(
              "Required by guidance and national protocols",
              "Good practice",
              "Good practice that may need additional resources");
      assertThat(word.getTables())
          .hasSize(3)
          .allSatisfy(
              table -> {
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                var firstRun = table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
                assertThat(firstRun.isBold()).isTrue();
              });
      assertThat(word.getProperties().getCoreProperties().getTitle())
          .isEqualTo(theme.title() + ": blank checklist");
    }
  }

  @Test
  void allChecklistsWordDocument_startsEachAreaOnANewPageWithAHeading() throws IOException {
    try (XWPFDocument word = word("/checklists/all.docx")) {
      List<XWPFParagraph> areaHeadings =
          word.getParagraphs().stream()
              .filter(paragraph -> "Heading1".equals(paragraph.getStyle()))
              .skip(1)
              .toList();

      assertThat(areaHeadings)
          .extracting(XWPFParagraph::getText)
          .containsExactlyElementsOf(framework.themes().stream().map(Theme::title).toList());
      assertThat(areaHeadings).allSatisfy(heading -> assertThat(heading.isPageBreak()).isTrue());
    }
  }

  private void assertContainsAreaAndEveryItem(
      SoftAssertions softly, String document, String text, Theme theme) {
    softly.assertThat(text).as(document + " title").contains(DocumentText.normalise(theme.title()));
    for (ChecklistItem item : inUse(theme)) {
      softly.assertThat(text).as(document + " " + item.id()).contains(item.id());
      softly
          .assertThat(text)
          .as(document + " " + item.id() + " text")
          .contains(DocumentText.normalise(item.text()));
    }
  }

  private static List<ChecklistItem> inUse(Theme theme) {
    return theme.checklist().activeItems();
  }

  private void expectHeaders(SoftAssertions softly, String path, String type, String fileName) {
    HttpResponse<byte[]> response = fetched.get(path).response();
    softly.assertThat(response.statusCode()).as(path).isEqualTo(200);
    softly.assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue(type);
    softly
        .assertThat(response.headers().firstValue("Content-Disposition"))
        .as(path)
        .hasValue("attachment; filename=\"" + fileName + "\"");
  }

  private void expectCompliant(String path, PDFAFlavour flavour) {
    List<String> failures = PdfUaValidation.failedRules(body(path), flavour);
    System.out.println(
        "==> veraPDF "
            + flavour.getId()
            + " "
            + path
            + ": "
            + (failures.isEmpty() ? "compliant" : "NOT compliant " + failures));
    assertThat(failures).as(path + " " + flavour.getId()).isEmpty();
  }

  private void expectTagged(String path, String title) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(body(path))) {
      PDDocumentCatalog catalog = pdf.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).as(path).isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).as(path + " is marked").isTrue();
      assertThat(catalog.getStructureTreeRoot()).as(path + " has a structure tree").isNotNull();
      assertThat(catalog.getLanguage()).as(path).isEqualTo("en-GB");
      assertThat(pdf.getDocumentInformation().getTitle()).as(path).isEqualTo(title);
      assertThat(catalog.getViewerPreferences().displayDocTitle()).as(path).isTrue();
    }
  }

  private static List<String> textsInStyle(XWPFDocument word, String style) {
    return word.getParagraphs().stream()
        .filter(paragraph -> style.equals(paragraph.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  /** Text extraction puts the running footer first. */
  private static String withoutFooter(String page) {
    return page.replaceFirst("^.*?Page \\d+ of \\d+\\s*", "");
  }

  private static List<String> pageTexts(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    List<String> pages = new java.util.ArrayList<>();
    for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      pages.add(DocumentText.normalise(stripper.getText(pdf)));
    }
    return pages;
  }

  private static Map<String, String> informationSheetMessages() {
    Properties pages = new Properties();
    try (var in = IntegrationTest.class.getResourceAsStream("/messages/pages.properties")) {
      pages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> sheet = new LinkedHashMap<>();
    pages.stringPropertyNames().stream()
        .filter(key -> key.startsWith("informationSheet."))
        .sorted()
        .forEach(key -> sheet.put(key, pages.getProperty(key)));
    return sheet;
  }

  private void fetch(String path) throws IOException {
    long started = System.nanoTime();
    HttpResponse<byte[]> response = new SiteVisitor(url("")).getBytes(path);
    fetched.put(path, new Fetched(response, (System.nanoTime() - started) / 1_000_000));
    if (response.statusCode() == 200) {
      Files.write(SAVED.resolve(path.substring(path.lastIndexOf('/') + 1)), response.body());
    }
  }

  private XWPFDocument word(String path) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(body(path)));
  }

  private byte[] body(String path) {
    return fetched.get(path).response().body();
  }

  private void report(String name, String size) {
    Fetched file = fetched.get("/checklists/" + name);
    System.out.println(
        "==> "
            + name
            + " generated in "
            + file.millis()
            + " ms ("
            + size
            + ", "
            + file.response().body().length
            + " bytes)");
  }

  private static int pdfPages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  private static int wordTables(byte[] docx) throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
      return document.getTables().size();
    }
  }

  private record Fetched(HttpResponse<byte[]> response, long millis) {}
}

package uk.missingchildren.response.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.export.DocumentText;
import uk.missingchildren.response.export.PdfUaValidation;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.StageOneScale;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.SmtpIntegrationTest;
import uk.missingchildren.response.support.TestSmtpServer;
import uk.missingchildren.response.support.TestUsers;

/**
 * The stage one report of a meeting run through the real pages: the ratings it shows, in the order
 * it prioritises them, and the same report as PDF, Word and email. The answers are chosen so that
 * several areas match the framework's worked examples and so that the priority order has ties on
 * score that only the number of "don't know" answers breaks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StageOneReportIntegrationTest extends SmtpIntegrationTest {

  private static final String WORD_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final Path SAVED = Path.of("target/downloads");

  /**
   * The answer to every question, area by area (T01 is Q01 to Q03, T02 is Q04 and Q05, and so on).
   */
  private static final Map<String, String> ANSWERS =
      answers(
          "yes",
          "yes",
          "partly", // T01: 83%, a worked example: Strong
          "partly",
          "no", // T02: 25%, a worked example: Priority
          "dont_know",
          "dont_know", // T03: 0% with 2 "don't know", a worked example
          "yes",
          "partly", // T04: 75%, a worked example: Developing
          "yes",
          "yes",
          "dont_know", // T05: 67%, a worked example: Developing, not Strong
          "partly",
          "partly", // T06: 50%, a worked example: Developing
          "yes",
          "yes",
          "yes", // T07: 100%
          "no",
          "no", // T08: 0% with no "don't know": after T03
          "partly",
          "dont_know", // T09: 25% with 1 "don't know": before T02
          "yes",
          "yes", // T10: 100%
          "yes",
          "no", // T11: 50%, level with T06: framework order
          "yes"); // T12: 100%

  /** Lowest score first; equal scores, more "don't know" first; then the framework's order. */
  private static final List<String> EXPECTED_PRIORITIES =
      List.of("T03", "T08", "T09", "T02", "T06", "T11", "T05", "T04");

  @Autowired TestUsers users;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired AuditEvents audit;

  private Framework framework;
  private SiteVisitor coordinator;
  private String benchmarkPath;
  private UUID partnershipId;
  private Document page;
  private HttpResponse<byte[]> pdf;
  private HttpResponse<byte[]> word;

  @BeforeAll
  void runAMeetingAndOpenItsReport() throws IOException {
    framework = catalogue.current();
    coordinator = users.signedIn(url(""), users.givenAccount("Rita Reporter"));
    partnershipId =
        BenchmarkMeetings.givenPartnership(coordinator, "Northshire Report Partnership");
    benchmarkPath = BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.addAttendee(
        coordinator, benchmarkPath, "Pat Police", "POLICE", "Missing persons coordinator");
    BenchmarkMeetings.addAttendee(
        coordinator, benchmarkPath, "Sam Social Care", "CHILDRENS_SOCIAL_CARE", "Team manager");
    BenchmarkMeetings.answerAll(coordinator, benchmarkPath, ANSWERS);
    BenchmarkMeetings.answer(
        coordinator,
        benchmarkPath,
        "Q02",
        "yes",
        "Protocol signed in 2025",
        "Ask health to sign the protocol\nReview it by March");
    BenchmarkMeetings.answer(
        coordinator,
        benchmarkPath,
        "Q18",
        "no",
        "Nobody tracks this",
        "Set up a monthly exploitation meeting");
    assertThat(BenchmarkMeetings.submit(coordinator, benchmarkPath).statusCode()).isEqualTo(302);

    long started = System.nanoTime();
    page = Jsoup.parse(coordinator.get(benchmarkPath + "/report").body());
    long pageMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    pdf = coordinator.getBytes(benchmarkPath + "/report.pdf");
    long pdfMillis = (System.nanoTime() - started) / 1_000_000;
    started = System.nanoTime();
    word = coordinator.getBytes(benchmarkPath + "/report.docx");
    long wordMillis = (System.nanoTime() - started) / 1_000_000;
    System.out.println(
        "==> first requests: report page "
            + pageMillis
            + " ms, report.pdf "
            + pdfMillis
            + " ms ("
            + pdf.body().length
            + " bytes), report.docx "
            + wordMillis
            + " ms ("
            + word.body().length
            + " bytes)");
    Files.createDirectories(SAVED);
    Files.write(SAVED.resolve("stage-one-report.pdf"), pdf.body());
    Files.write(SAVED.resolve("stage-one-report.docx"), word.body());
    Files.writeString(SAVED.resolve("stage-one-report.html"), page.outerHtml());
  }

  @Test
  void reportPage_showsEachAreasScoreAndRating_asTheFrameworkCalculatesThem() {
    StageOneScale scale = framework.stageOne();
    Elements rows = page.select("#scores tbody tr");

    assertThat(rows).hasSize(framework.themes().size()).hasSize(12);
    SoftAssertions softly = new SoftAssertions();
    for (int i = 0; i < framework.themes().size(); i++) {
      Theme theme = framework.themes().get(i);
      AreaScore expected = scale.rate(answersOf(theme));
      Element row = rows.get(i);
      softly.assertThat(row.select("th").text()).isEqualTo(theme.title());
      softly
          .assertThat(row.select("td").get(0).text())
          .as(theme.id())
          .isEqualTo(expected.percent() + "%");
      softly
          .assertThat(row.select("td").get(1).text())
          .as(theme.id())
          .isEqualTo(expected.points() + " of " + expected.available());
      softly
          .assertThat(row.select("td").get(2).text())
          .as(theme.id())
          .isEqualTo(String.valueOf(expected.unknown()));
      softly
          .assertThat(row.select("td").get(3).text())
          .as(theme.id())
          .isEqualTo(expected.band().label());
      Element section = page.getElementById(theme.slug());
      softly.assertThat(section.select("h2").text()).isEqualTo(theme.title());
      softly
          .assertThat(section.select(".govuk-tag").text())
          .as(theme.id())
          .isEqualTo(expected.band().label());
      softly
          .assertThat(section.text())
          .as(theme.id())
          .contains(
              expected.band().description(),
              "Score: "
                  + expected.percent()
                  + "% ("
                  + expected.points()
                  + " of "
                  + expected.available()
                  + " points)");
    }
    softly.assertAll();
  }

  @Test
  void reportPage_agreesWithTheFrameworksWorkedExamples() {
    Map<String, String> labelOf = new LinkedHashMap<>();
    framework.stageOne().bands().forEach(band -> labelOf.put(band.id(), band.label()));
    int matched = 0;
    for (Theme theme : framework.themes()) {
      for (StageOneScale.WorkedExample example : framework.stageOne().workedExamples()) {
        if (example.answers().equals(answersOf(theme))) {
          Element row = page.select("#scores tbody tr").get(framework.themes().indexOf(theme));
          assertThat(row.select("td").get(0).text())
              .as(theme.id())
              .isEqualTo(example.percent() + "%");
          assertThat(row.select("td").get(3).text())
              .as(theme.id())
              .isEqualTo(labelOf.get(example.rating()));
          matched++;
        }
      }
    }
    // T01 to T06 and T10 were answered exactly as one of the worked examples.
    assertThat(matched).isEqualTo(7);
    assertThat(rowOf("T01")).containsExactly("83%", "5 of 6", "0", "Strong");
    assertThat(rowOf("T05")).containsExactly("67%", "4 of 6", "1", "Developing");
    assertThat(rowOf("T03")).containsExactly("0%", "0 of 4", "2", "Priority for improvement");
  }

  @Test
  void reportPage_putsPriorityAreasLowestScoreFirst_andMoreDontKnowFirstWhenScoresAreEqual() {
    Elements items = page.select("#priorities ol > li");

    assertThat(items.stream().map(item -> item.selectFirst("a").text()).toList())
        .containsExactlyElementsOf(
            EXPECTED_PRIORITIES.stream().map(id -> theme(id).title()).toList());
    Element first = items.get(0);
    String slug = theme("T03").slug();
    assertThat(first.select("a").eachAttr("href"))
        .containsExactly(
            "/checklists/" + slug,
            benchmarkPath.substring(0, benchmarkPath.indexOf("/benchmarks"))
                + "/checklists/"
                + slug
                + "/reviews/new",
            "/checklists/" + slug + ".pdf",
            "/checklists/" + slug + ".docx");
    assertThat(first.select("a.app-next-step").text())
        .as("one click starts the priority checklist")
        .isEqualTo("Start the " + theme("T03").title() + " checklist");
    assertThat(first.selectFirst("a").attr("data-print-url")).endsWith("/checklists/" + slug);
    assertThat(first.select(".govuk-tag").text()).isEqualTo("Priority for improvement");
    assertThat(first.text()).contains("Priority for improvement 0% of the points available");
    assertThat(page.select("#priorities").text())
        .doesNotContain(theme("T01").title(), theme("T07").title());
    // The confirmation page after submitting offers the same order.
    Document submitted = Jsoup.parse(coordinator.get(benchmarkPath + "/submitted").body());
    assertThat(submitted.select("#next-steps > li > strong").eachText())
        .containsExactlyElementsOf(
            EXPECTED_PRIORITIES.stream().map(id -> theme(id).title()).toList());
    assertThat(submitted.select("#next-steps a.app-next-step").first().attr("href"))
        .isEqualTo(
            benchmarkPath.substring(0, benchmarkPath.indexOf("/benchmarks"))
                + "/checklists/"
                + slug
                + "/reviews/new");
  }

  @Test
  void reportPage_explainsTheCalculationFromTheFrameworkItself() {
    StageOneScale scale = framework.stageOne();
    Element method = page.getElementById("method");

    assertThat(method.select("h2").text()).isEqualTo("How the ratings are calculated");
    assertThat(DocumentText.normalise(method.text()))
        .contains(DocumentText.normalise(scale.ratingExplanation()));
    Elements bands = method.select("#bands tbody tr");
    assertThat(bands).hasSize(scale.bands().size());
    for (int i = 0; i < scale.bands().size(); i++) {
      StageOneScale.RatingBand band = scale.bands().get(i);
      assertThat(bands.get(i).select("th").text()).isEqualTo(band.label());
      assertThat(bands.get(i).select("td").eachText())
          .containsExactly(
              band.minPercent() + "% or more",
              band.maxUnknown() == null ? "Any number" : band.maxUnknown().toString(),
              band.prioritise() ? "Yes" : "No",
              band.description());
    }
    Elements examples = method.select("#worked-examples tbody tr");
    assertThat(examples).hasSize(scale.workedExamples().size());
    StageOneScale.WorkedExample second = scale.workedExamples().get(1);
    assertThat(examples.get(1).select("li").eachText())
        .containsExactlyElementsOf(
            second.answers().stream()
                .map(value -> scale.answer(value).orElseThrow().label())
                .toList());
    assertThat(examples.get(1).select("td").get(2).text()).isEqualTo(second.percent() + "%");
  }

  @Test
  void reportPage_explainsWhyEachAreaMissedTheRatingAbove() {
    assertThat(page.getElementById(theme("T05").slug()).text())
        .contains(
            "It scored 67% of the points available, with one \"Don't know\" answer. Strong starts at 80%.");
    assertThat(page.getElementById(theme("T04").slug()).text()).contains("Strong starts at 80%.");
    assertThat(page.getElementById(theme("T01").slug()).text())
        .contains("It scored 83% of the points available, with no \"Don't know\" answers.");
  }

  @Test
  void chart_isAnAccessibleImageWithATitleAndDescription_andBarsAsLongAsTheScores() {
    Element svg = page.selectFirst("svg.app-chart__svg");

    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.attr("aria-labelledby")).isEqualTo("chart-title chart-desc");
    assertThat(svg.selectFirst("title#chart-title").text())
        .isEqualTo("Scores of the 12 thematic areas");
    assertThat(svg.selectFirst("desc#chart-desc").text()).contains("table");
    Elements bars = svg.select("g.app-chart__row");
    assertThat(bars).hasSize(12);
    assertThat(bars.get(0).select("text").eachText())
        .containsExactly(theme("T01").shortTitle(), "Strong (83%)");
    assertThat(bars.get(0).selectFirst("rect").attr("width")).isEqualTo("498");
    assertThat(bars.get(6).selectFirst("rect").attr("width")).isEqualTo("600");
    assertThat(bars.get(2).select("rect")).as("a score of 0% has no bar").isEmpty();
    assertThat(bars.get(0).selectFirst("rect").classNames()).contains("app-chart__bar--solid");
    assertThat(bars.get(3).selectFirst("rect").classNames()).contains("app-chart__bar--stripes");
    assertThat(bars.get(1).selectFirst("rect").classNames()).contains("app-chart__bar--crosshatch");
    assertThat(svg.select("text.app-chart__axis-label").eachText())
        .containsExactly("0%", "50%", "80%", "100%");
    assertThat(page.select("table#scores tbody tr")).hasSize(12);
  }

  @Test
  void chart_inLowVisionMode_hasLargerText() {
    SiteVisitor visitor = coordinator;
    visitor.submitForm(benchmarkPath + "/report", "form.app-display-mode", Map.of());
    try {
      Document lowVision = Jsoup.parse(visitor.get(benchmarkPath + "/report").body());
      assertThat(lowVision.selectFirst("html").hasClass("app-low-vision")).isTrue();
      assertThat(lowVision.selectFirst("svg.app-chart__svg").attr("font-size")).isEqualTo("24");
    } finally {
      visitor.submitForm(benchmarkPath + "/report", "form.app-display-mode", Map.of());
      // Shows (and so clears) the "display changed" banner, which would otherwise wait for the next
      // page.
      visitor.get(benchmarkPath + "/report");
    }
    assertThat(page.selectFirst("svg.app-chart__svg").attr("font-size")).isEqualTo("19");
  }

  @Test
  void reportPage_showsTheMeetingAttendeesAnswersNotesAndEveryActionArising() {
    assertThat(page.title())
        .isEqualTo(
            "Stage one report: Northshire Report Partnership, 2 November 2026"
                + " – Missing Children Response Assessment Tool");
    assertThat(page.select("h1").text()).isEqualTo("Stage one report");
    assertThat(page.select(".govuk-caption-l").text()).isEqualTo("Northshire Report Partnership");
    assertThat(page.getElementById("meeting").text())
        .contains(
            "2 November 2026",
            "Fran Facilitator",
            "Nat Notes",
            "2026.1",
            "Missing children response framework");
    assertThat(page.select("#attendees tbody tr").eachText())
        .containsExactly(
            "Pat Police Police Missing persons coordinator",
            "Sam Social Care Children's social care Team manager");
    Element q02 = page.getElementById("Q02").nextElementSibling();
    assertThat(q02.text())
        .contains(
            "Yes, consistently", "Protocol signed in 2025", "Ask health to sign the protocol");
    assertThat(page.getElementById("Q01").nextElementSibling().text())
        .contains("Notes for Q01", "None recorded");

    Elements actions = page.select("#actions ol > li");
    assertThat(actions).hasSize(2);
    assertThat(actions.get(0).text())
        .contains(
            "Ask health to sign the protocol Review it by March",
            "From question 2, " + theme("T01").shortTitle() + ":");
    assertThat(actions.get(1).text())
        .contains("Set up a monthly exploitation meeting", "From question 18");
  }

  @Test
  void reportPage_offersDownloadsEmailAndPrinting_withAPrintButtonOnlyForJavaScript() {
    Element share = page.selectFirst(".app-report-share");

    assertThat(share.select("a").eachAttr("href"))
        .containsExactly(
            benchmarkPath + "/report.pdf",
            benchmarkPath + "/report.docx",
            benchmarkPath + "/report/email");
    assertThat(share.text()).contains("use your browser's print command");
    Element print = share.selectFirst("button.app-print-button");
    assertThat(print.hasAttr("hidden")).isTrue();
    assertThat(print.attr("type")).isEqualTo("button");
  }

  @Test
  void pdf_isATaggedPdfUaDocument_withEveryAreaRatingAndTheMeetingDetails() throws IOException {
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"stage-one-report-2026-11-02.pdf\"");
    String text = DocumentText.ofPdf(pdf.body());

    SoftAssertions softly = new SoftAssertions();
    for (Theme theme : framework.themes()) {
      softly.assertThat(text).contains(DocumentText.normalise(theme.title()));
    }
    framework.stageOne().bands().forEach(band -> softly.assertThat(text).contains(band.label()));
    softly
        .assertThat(text)
        .contains(
            "Stage one report",
            "Northshire Report Partnership",
            "2 November 2026",
            "Fran Facilitator",
            "Nat Notes",
            "Pat Police",
            "Children's social care",
            "Set up a monthly exploitation meeting",
            DocumentText.normalise(framework.stageOne().ratingExplanation()));
    softly
        .assertThat(text)
        .as("the chart is left out; the table has the figures")
        .doesNotContain("Scores of the 12");
    softly.assertAll();
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("Stage one report: Northshire Report Partnership, meeting of 2 November 2026");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      System.out.println(
          "==> stage-one-report.pdf: "
              + document.getNumberOfPages()
              + " pages, "
              + pdf.body().length
              + " bytes");
    }
    assertThat(PdfUaValidation.failedRules(pdf.body(), PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(PdfUaValidation.failedRules(pdf.body(), PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void word_hasHeadingsForEveryAreaAndTablesWithHeaderRows() throws IOException {
    assertThat(word.statusCode()).isEqualTo(200);
    assertThat(word.headers().firstValue("Content-Type")).hasValue(WORD_TYPE);
    assertThat(word.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"stage-one-report-2026-11-02.docx\"");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(word.body()))) {
      assertThat(textsInStyle(document, "Heading1")).containsExactly("Stage one report");
      List<String> headings = textsInStyle(document, "Heading2");
      assertThat(headings)
          .contains(
              "Meeting details",
              "Areas to prioritise in stage two",
              "Ratings of the 12 areas",
              "All actions arising",
              "How the ratings are calculated");
      assertThat(headings).containsAll(framework.themes().stream().map(Theme::title).toList());
      assertThat(textsInStyle(document, "Heading3")).hasSize(26);
      assertThat(document.getTables())
          .hasSize(4)
          .allSatisfy(
              table -> {
                assertThat(table.getRow(0).isRepeatHeader()).isTrue();
                assertThat(
                        table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold())
                    .isTrue();
              });
      assertThat(document.getTables().get(0).getRows())
          .as("results first: the ratings table comes before the meeting's attendees")
          .hasSize(13);
      assertThat(headings.get(0)).isEqualTo("How the 12 areas were rated");
    }
    String text = DocumentText.ofWord(word.body());
    framework.stageOne().bands().forEach(band -> assertThat(text).contains(band.label()));
    assertThat(text).contains("Fran Facilitator", "Pat Police", "Ask health to sign the protocol");
  }

  @Test
  void emailingTheReport_toTwoAddresses_sendsEachOneTheReportPdf_andRecordsItInTheAuditLog()
      throws Exception {
    HttpResponse<String> sent =
        coordinator.submitForm(
            benchmarkPath + "/report/email",
            "#email-report",
            Map.of(
                "addresses",
                "first.person@example.org;\nsecond.person@example.org",
                "message",
                "For the board on Friday"));

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(sent.headers().firstValue("Location").orElseThrow())
        .endsWith(benchmarkPath + "/report");
    Document after = Jsoup.parse(coordinator.get(benchmarkPath + "/report").body());
    assertThat(after.select(".govuk-notification-banner--success").text())
        .contains(
            "The report has been emailed to first.person@example.org, second.person@example.org");
    for (String address : List.of("first.person@example.org", "second.person@example.org")) {
      List<MimeMessage> messages = TestSmtpServer.messagesTo(address, 1);
      assertThat(messages).hasSize(1);
      MimeMessage message = messages.get(0);
      assertThat(message.getSubject())
          .isEqualTo(
              "Stage one report for Northshire Report Partnership: meeting of 2 November 2026");
      List<Part> attachments = attachments(message);
      assertThat(attachments).hasSize(1);
      Part attachment = attachments.get(0);
      assertThat(attachment.getContentType()).startsWith("application/pdf");
      assertThat(attachment.getFileName()).isEqualTo("stage-one-report-2026-11-02.pdf");
      try (InputStream in = attachment.getInputStream()) {
        assertThat(new String(in.readNBytes(5), java.nio.charset.StandardCharsets.US_ASCII))
            .isEqualTo("%PDF-");
      }
      String text = TestSmtpServer.plainText(message);
      assertThat(text)
          .contains(
              "For the board on Friday",
              "1. " + theme("T03").title() + ": Priority for improvement (0%)",
              "- " + theme("T01").title() + ": Strong (83%)");
      assertThat(TestSmtpServer.linkIn(message, "/partnerships/"))
          .isEqualTo(benchmarkPath + "/report");
      Document html = Jsoup.parse(html(message));
      assertThat(html.select("ol li")).hasSize(EXPECTED_PRIORITIES.size());
      assertThat(html.select("ul li")).hasSize(12);
    }
    AuditEvent event =
        audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId).stream()
            .filter(e -> e.action().equals("BENCHMARK_REPORT_EMAILED"))
            .findFirst()
            .orElseThrow();
    assertThat(event.details())
        .isEqualTo("to: first.person@example.org, second.person@example.org");
    assertThat(event.subject()).isEqualTo("Benchmark of 2026-11-02");
  }

  @Test
  void emailingTheReport_toAWrongAddress_namesIt_keepsWhatWasTyped_andSendsNothing() {
    String typed = "good.person@example.org, bob@";

    HttpResponse<String> response =
        coordinator.submitForm(
            benchmarkPath + "/report/email",
            "#email-report",
            Map.of("addresses", typed, "message", "Please read"));

    assertThat(response.statusCode()).isEqualTo(200);
    Document form = Jsoup.parse(response.body());
    assertThat(form.title()).startsWith("Error:");
    assertThat(form.select(".govuk-error-summary a").text())
        .isEqualTo(
            "Enter email addresses in the correct format, like name@example.com. 'bob@' is not");
    assertThat(form.select(".govuk-error-summary a").attr("href")).isEqualTo("#addresses");
    assertThat(form.select("#addresses-error").text()).contains("'bob@' is not");
    assertThat(form.selectFirst("textarea#addresses").text()).isEqualTo(typed);
    assertThat(form.selectFirst("textarea#message").text()).isEqualTo("Please read");
    assertThat(TestSmtpServer.get().getReceivedMessages()).isEmpty();
  }

  @Test
  void emailingTheReport_toNobodyOrTooManyPeople_isRefused() {
    String none =
        Jsoup.parse(
                coordinator
                    .submitForm(
                        benchmarkPath + "/report/email",
                        "#email-report",
                        Map.of("addresses", " ,; ", "message", ""))
                    .body())
            .select(".govuk-error-summary a")
            .text();
    String eleven =
        String.join(
            " ", IntStream.rangeClosed(1, 11).mapToObj(n -> "p" + n + "@example.org").toList());
    String tooMany =
        Jsoup.parse(
                coordinator
                    .submitForm(
                        benchmarkPath + "/report/email",
                        "#email-report",
                        Map.of("addresses", eleven, "message", ""))
                    .body())
            .select(".govuk-error-summary a")
            .text();
    String twoWrong =
        Jsoup.parse(
                coordinator
                    .submitForm(
                        benchmarkPath + "/report/email",
                        "#email-report",
                        Map.of("addresses", "a@ b@example.org c", "message", ""))
                    .body())
            .select(".govuk-error-summary a")
            .text();

    assertThat(none).isEqualTo("Enter at least one email address");
    assertThat(tooMany).isEqualTo("Enter no more than 10 email addresses. You entered 11");
    assertThat(twoWrong)
        .isEqualTo(
            "Enter email addresses in the correct format, like name@example.com. 'a@' and 'c' are not");
    assertThat(TestSmtpServer.get().getReceivedMessages()).isEmpty();
  }

  @Test
  void emailForm_warnsThatEmailsLeaveTheTool() {
    Document form = Jsoup.parse(coordinator.get(benchmarkPath + "/report/email").body());

    assertThat(form.select("h1").text()).isEqualTo("Email a copy of the report");
    assertThat(form.select(".govuk-warning-text").text()).contains("Emails leave this tool");
    assertThat(form.select("#addresses-hint").text()).doesNotContain("identify a child");
    assertThat(form.select("#message-hint").text())
        .contains("Do not include names or any details that could identify a child");
  }

  @Test
  void aViewer_canReadDownloadAndEmailTheReport() {
    Account viewer = users.givenAccount("Vera Viewer");
    HttpResponse<String> invited =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/members/invite",
            "main form",
            Map.of("email", viewer.email(), "role", "VIEWER"));
    assertThat(invited.statusCode()).isEqualTo(302);
    String link =
        TestSmtpServer.linkIn(TestSmtpServer.messagesTo(viewer.email(), 1).get(0), "/invitations/");
    SiteVisitor visitor = users.signedIn(url(""), viewer);
    visitor.submitForm(link, "main form", Map.of());

    assertThat(visitor.get(benchmarkPath + "/report").statusCode()).isEqualTo(200);
    assertThat(visitor.getBytes(benchmarkPath + "/report.pdf").statusCode()).isEqualTo(200);
    HttpResponse<String> emailed =
        visitor.submitForm(
            benchmarkPath + "/report/email",
            "#email-report",
            Map.of("addresses", "board.member@example.org", "message", ""));
    assertThat(emailed.statusCode()).isEqualTo(302);
    assertThat(TestSmtpServer.messagesTo("board.member@example.org", 1)).hasSize(1);
  }

  @Test
  void aBenchmarkNotYetSubmitted_hasNoReport_andEveryReportAddressSendsToCheckAnswers() {
    String inProgress =
        BenchmarkMeetings.start(coordinator, partnershipId, LocalDate.of(2026, 11, 9));

    for (String path : List.of("/report", "/report.pdf", "/report.docx", "/report/email")) {
      HttpResponse<byte[]> response = coordinator.getBytes(inProgress + path);
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElseThrow())
          .as(path)
          .endsWith(inProgress + "/check");
    }
    String csrf =
        Jsoup.parse(coordinator.get(benchmarkPath + "/report/email").body())
            .selectFirst("input[name=_csrf]")
            .val();
    HttpResponse<String> posted =
        coordinator.post(
            inProgress + "/report/email",
            Map.of("_csrf", csrf, "addresses", "someone@example.org", "message", ""));
    assertThat(posted.headers().firstValue("Location").orElseThrow())
        .endsWith(inProgress + "/check");
    assertThat(TestSmtpServer.get().getReceivedMessages()).isEmpty();
  }

  @Test
  void aMemberOfAnotherPartnership_getsNotFoundForTheReportItsFilesAndItsEmailForm() {
    SiteVisitor outsider = users.signedIn(url(""), users.givenAccount("Otto Outsider"));
    BenchmarkMeetings.givenPartnership(outsider, "Outsider Partnership");

    for (String path : List.of("/report", "/report.pdf", "/report.docx", "/report/email")) {
      HttpResponse<String> response = outsider.get(benchmarkPath + path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.body())
          .as(path)
          .doesNotContain("Northshire Report Partnership", "Fran Facilitator");
    }
    String csrf =
        Jsoup.parse(outsider.get("/partnerships").body()).selectFirst("input[name=_csrf]").val();
    HttpResponse<String> posted =
        outsider.post(
            benchmarkPath + "/report/email",
            Map.of("_csrf", csrf, "addresses", "outsider@example.org", "message", ""));
    assertThat(posted.statusCode()).isEqualTo(404);
    assertThat(TestSmtpServer.get().getReceivedMessages()).isEmpty();
  }

  @Test
  void renderingTimes_areMeasured() {
    int runs = 5;
    long[] pageMillis = new long[runs];
    long[] pdfMillis = new long[runs];
    for (int i = 0; i < runs; i++) {
      long started = System.nanoTime();
      assertThat(coordinator.get(benchmarkPath + "/report").statusCode()).isEqualTo(200);
      pageMillis[i] = (System.nanoTime() - started) / 1_000_000;
      started = System.nanoTime();
      assertThat(coordinator.getBytes(benchmarkPath + "/report.pdf").statusCode()).isEqualTo(200);
      pdfMillis[i] = (System.nanoTime() - started) / 1_000_000;
    }
    java.util.Arrays.sort(pageMillis);
    java.util.Arrays.sort(pdfMillis);
    System.out.println(
        "==> report page: median "
            + pageMillis[runs / 2]
            + " ms ("
            + java.util.Arrays.toString(pageMillis)
            + "); report PDF: median "
            + pdfMillis[runs / 2]
            + " ms ("
            + java.util.Arrays.toString(pdfMillis)
            + ")");
    assertThat(pageMillis[runs / 2]).isLessThan(2_000);
    assertThat(pdfMillis[runs / 2]).isLessThan(10_000);
  }

  private List<String> rowOf(String themeId) {
    return page.select("#scores tbody tr")
        .get(framework.themes().indexOf(theme(themeId)))
        .select("td")
        .eachText();
  }

  private Theme theme(String id) {
    return framework.themes().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  private List<String> answersOf(Theme theme) {
    return theme.questions().stream().map(Question::id).map(ANSWERS::get).toList();
  }

  private static Map<String, String> answers(String... inOrder) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < inOrder.length; i++) {
      answers.put(BenchmarkMeetings.QUESTIONS.get(i), inOrder[i]);
    }
    assertThat(answers).hasSize(26);
    return answers;
  }

  private static List<String> textsInStyle(XWPFDocument document, String style) {
    return document.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  private static List<Part> attachments(Part part) throws Exception {
    List<Part> found = new ArrayList<>();
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      found.add(part);
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        found.addAll(attachments(multipart.getBodyPart(i)));
      }
    }
    return found;
  }

  private static String html(Part part) throws Exception {
    if (part.isMimeType("text/html")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart body = multipart.getBodyPart(i);
        String html = html(body);
        if (html != null) {
          return html;
        }
      }
    }
    return null;
  }
}

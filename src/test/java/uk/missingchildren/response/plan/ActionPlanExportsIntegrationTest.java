package uk.missingchildren.response.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.SignedInUser;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.action.ActionOwner;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.NewAction;
import uk.missingchildren.response.action.ProposedActionsService;
import uk.missingchildren.response.export.DocumentText;
import uk.missingchildren.response.export.PdfUaValidation;
import uk.missingchildren.response.framework.FrameworkCatalogue;
import uk.missingchildren.response.framework.Theme;
import uk.missingchildren.response.partnership.PartnershipAccess;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.review.ReviewService;
import uk.missingchildren.response.review.StartReview;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * The action plan downloaded by a member of the partnership as Excel, CSV, Word and PDF: every file
 * has every action of the register, in its order, with the same facts. The plan has actions in
 * three areas, owned by the partnership and by agencies, in every open status, one overdue and one
 * past its date but completed (so not overdue), and texts that a spreadsheet would run as formulas.
 * A stage-one meeting wrote three actions arising: one still to be decided, one set aside and one
 * merged into an action; every file lists them after the actions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanExportsIntegrationTest extends IntegrationTest {

  private static final String NAME = "Northshire Safeguarding Partnership";
  private static final String FORMULA_TITLE =
      "=HYPERLINK(\"http://attacker.example/\",\"Click for the plan\")";
  private static final String AWKWARD_TEXT =
      "Agree the protocol, \"in writing\"\nthen train every team";
  private static final Path SAVED = Path.of("target/downloads");
  private static final String PENDING_TEXT = "Ask the RHI service for its 72-hour figures";
  private static final String SET_ASIDE_TEXT = "Write a new missing protocol";
  private static final String SET_ASIDE_REASON = "The board is rewriting it this spring";
  private static final String MERGED_TEXT = "Publish return interview data each quarter";
  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final List<String> COLUMNS =
      List.of(
          "Reference",
          "Thematic area",
          "Came from",
          "Question or checklist standard",
          "Action",
          "What will be done",
          "Owner",
          "Lead person",
          "Lead email address",
          "Due date",
          "Status",
          "Overdue",
          "How success will be measured",
          "Date set",
          "Latest progress",
          "Latest impact assessed");

  @Autowired TestUsers users;
  @Autowired UserDetailsService userDetails;
  @Autowired PartnershipAccess access;
  @Autowired ReviewService reviews;
  @Autowired ActionService actions;
  @Autowired FrameworkCatalogue catalogue;
  @Autowired JdbcTemplate jdbc;
  @Autowired ITemplateEngine templates;
  @Autowired MessageSource messages;
  @Autowired ProposedActionsService proposals;

  private SiteVisitor member;
  private UUID partnershipId;
  private PartnershipContext context;
  private LocalDate today;
  private List<Action> register;
  private Action overdue;
  private Action completedLate;
  private Action formula;

  @BeforeAll
  void givenAPlanOfSixActions_inThreeAreas() {
    Account account = users.givenAccount("Petra Planner");
    member = users.signedIn(url(""), account);
    partnershipId = BenchmarkMeetings.givenPartnership(member, NAME);
    context =
        access.require(
            partnershipId, (SignedInUser) userDetails.loadUserByUsername(account.email()));
    today = LocalDate.now(UK);
    UUID rhi =
        reviews.start(
            context,
            new StartReview(
                "return-home-interviews", today, "Fran Facilitator", "Nat Notes", false));
    UUID police =
        reviews.start(
            context,
            new StartReview("police-response", today, "Fran Facilitator", "Nat Notes", false));

    actions.create(
        context,
        new NewAction(
            "T05",
            ActionSource.CHECKLIST_ITEM,
            "T05-R01",
            rhi,
            null,
            "Agree a shared return interview offer",
            AWKWARD_TEXT,
            ActionOwner.PARTNERSHIP,
            null,
            "Rhi Lead",
            today.plusMonths(4),
            "Monthly data shows 90% offered within 72 hours"));
    formula =
        actions.create(
            context,
            new NewAction(
                "T05",
                ActionSource.CHECKLIST_ITEM,
                "T05-R02",
                rhi,
                null,
                FORMULA_TITLE,
                "-2 referrals a month",
                ActionOwner.AGENCY,
                Agency.POLICE,
                "@Inspector Ingram",
                today.plusMonths(2),
                "+44 helpline answers within a day"));
    actions.create(
        context,
        new NewAction(
            "T04",
            ActionSource.CHECKLIST_ITEM,
            "T04-R01",
            police,
            null,
            "Risk assess every report within an hour",
            "Supervisors check each risk assessment",
            ActionOwner.AGENCY,
            Agency.POLICE,
            "Sergeant Sam Shaw",
            today.plusMonths(6),
            "Audit of 50 reports"));
    actions.create(
        context,
        new NewAction(
            "T10",
            ActionSource.STAGE_ONE_QUESTION,
            "Q22",
            null,
            null,
            "Tell the GP when a child has been missing",
            "A notification to the GP after every episode",
            ActionOwner.AGENCY,
            Agency.HEALTH,
            "Dr Hana Hall",
            today.plusMonths(1),
            "GP records show the episode"));
    overdue =
        actions.create(
            context,
            new NewAction(
                "T05",
                ActionSource.CHECKLIST_ITEM,
                "T05-R03",
                rhi,
                null,
                "Publish the return interview data",
                "Quarterly data to the partnership board",
                ActionOwner.PARTNERSHIP,
                null,
                "Dana Data",
                today.minusDays(20),
                "Board minutes note the data"));
    completedLate =
        actions.create(
            context,
            new NewAction(
                "T04",
                ActionSource.CHECKLIST_ITEM,
                "T04-R02",
                police,
                null,
                "Train call handlers",
                "A session for every call handler",
                ActionOwner.AGENCY,
                Agency.POLICE,
                "Inspector Ida Ingram",
                today.minusDays(40),
                "Every call handler trained"));
    setStatus(overdue, "IN_PROGRESS");
    setStatus(completedLate, "COMPLETED");
    setStatus(formula, "IN_PROGRESS");
    jdbc.update(
        "UPDATE partnership_action SET lead_email = ? WHERE id = ?",
        "rhi.lead@example.org",
        actions.register(context).stream()
            .filter(a -> a.sourceId().equals("T05-R01"))
            .findFirst()
            .orElseThrow()
            .id());
    register = actions.register(context);
    assertThat(register).hasSize(6);
    givenThreeActionsArising();
  }

  private void givenThreeActionsArising() {
    String meeting = BenchmarkMeetings.start(member, partnershipId, today.minusDays(3));
    UUID benchmarkId = BenchmarkMeetings.benchmarkId(meeting);
    BenchmarkMeetings.answer(member, meeting, "Q10", "partly", null, PENDING_TEXT);
    BenchmarkMeetings.answer(member, meeting, "Q01", "no", null, SET_ASIDE_TEXT);
    BenchmarkMeetings.answer(member, meeting, "Q12", "partly", null, MERGED_TEXT);
    proposals.setAside(context, proposals.pending(context, benchmarkId, "Q01"), SET_ASIDE_REASON);
    proposals.merge(context, proposals.pending(context, benchmarkId, "Q12"), overdue.id());
  }

  @Test
  void excel_hasEveryActionOfTheRegister_inOrder_withRealDatesAndOverdueMarked()
      throws IOException {
    HttpResponse<byte[]> response =
        download(
            ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
      assertThat(workbook.getSheetName(0)).isEqualTo("Action plan");
      XSSFSheet sheet = workbook.getSheetAt(0);
      DataFormatter formatter = new DataFormatter();
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
      assertThat(headers).containsExactlyElementsOf(COLUMNS);
      assertThat(sheet.getLastRowNum()).isEqualTo(register.size() + 3);
      for (int i = 0; i < register.size(); i++) {
        Action action = register.get(i);
        Row row = sheet.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue())
            .as("row %d", i + 1)
            .isEqualTo(action.reference());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(themeTitle(action.themeId()));
        assertThat(row.getCell(2).getStringCellValue())
            .isEqualTo(
                (action.source() == ActionSource.CHECKLIST_ITEM
                        ? "Checklist item "
                        : "Stage one question ")
                    + action.sourceId());
        assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(4).getStringCellValue()).isEqualTo(action.title());
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo(action.description());
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo(owner(action));
        assertThat(row.getCell(7).getStringCellValue()).isEqualTo(action.leadPerson());
        assertThat(formatter.formatCellValue(row.getCell(8)))
            .isEqualTo(action.leadEmail() == null ? "" : action.leadEmail());
        assertDateCell(row.getCell(9), action.dueDate());
        assertThat(row.getCell(10).getStringCellValue())
            .isEqualTo(message(action.status().messageKey()));
        assertThat(row.getCell(11).getStringCellValue())
            .isEqualTo(action.overdue(today) ? "Yes" : "No");
        assertThat(row.getCell(12).getStringCellValue()).isEqualTo(action.successMeasure());
        assertDateCell(row.getCell(13), LocalDate.ofInstant(action.createdAt(), UK));
      }
      assertThat(overdueColumn(sheet)).containsExactly(overdue.reference());
      assertThat(
              formatter.formatCellValue(
                  sheet.getRow(1 + register.indexOf(byId(overdue))).getCell(9)))
          .as("a UK date format")
          .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");

      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(sheet.getPaneInformation().getVerticalSplitLeftColumn()).isZero();
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .as("the filters cover the proposed actions too")
          .isEqualTo("A1:P" + (register.size() + 4));
      List<List<String>> proposed = new ArrayList<>();
      for (int i = register.size() + 1; i <= register.size() + 3; i++) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < COLUMNS.size(); column++) {
          cells.add(formatter.formatCellValue(sheet.getRow(i).getCell(column)));
        }
        proposed.add(cells);
      }
      assertProposedRows(proposed);
      XSSFCellStyle header = sheet.getRow(0).getCell(0).getCellStyle();
      assertThat(header.getFont().getBold()).isTrue();
      assertThat(header.getFillForegroundColorColor()).isNotNull();
      assertThat(sheet.getRow(1).getCell(5).getCellStyle().getWrapText()).isTrue();
      assertThat(sheet.getColumnWidth(5)).isGreaterThan(sheet.getColumnWidth(0));

      assertThat(workbook.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Action plan: " + NAME);
      XSSFSheet about = workbook.getSheet("About this file");
      String aboutText =
          new StringBuilder()
              .append(about.getRow(0).getCell(0).getStringCellValue())
              .append(' ')
              .append(about.getRow(2).getCell(1).getStringCellValue())
              .toString();
      assertThat(aboutText).contains(NAME);
      assertThat(about.getRow(3).getCell(1).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(today);
      assertThat(about.getRow(6).getCell(0).getStringCellValue())
          .isEqualTo("Proposed actions to decide");
      assertThat(about.getRow(6).getCell(1).getStringCellValue()).isEqualTo("1");
    }
  }

  @Test
  void csv_hasEveryActionOfTheRegister_inOrder_andNeutralisesFormulas() {
    HttpResponse<byte[]> response = download(".csv", "text/csv;charset=UTF-8", "csv");
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    assertThat(text).endsWith("\r\n");
    List<List<String>> rows = parseCsv(text.substring(1));

    assertThat(rows.get(0)).containsExactlyElementsOf(COLUMNS);
    assertThat(rows).hasSize(register.size() + 4);
    assertProposedRows(rows.subList(register.size() + 1, rows.size()));
    for (int i = 0; i < register.size(); i++) {
      Action action = register.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(0)).isEqualTo(action.reference());
      assertThat(row.get(1)).isEqualTo(themeTitle(action.themeId()));
      assertThat(row.get(4))
          .isEqualTo(action == byId(formula) ? "'" + FORMULA_TITLE : action.title());
      assertThat(row.get(6)).isEqualTo(owner(action));
      assertThat(row.get(9)).isEqualTo(action.dueDate().toString());
      assertThat(row.get(10)).isEqualTo(message(action.status().messageKey()));
      assertThat(row.get(11)).isEqualTo(action.overdue(today) ? "Yes" : "No");
      assertThat(row.get(13)).isEqualTo(LocalDate.ofInstant(action.createdAt(), UK).toString());
    }
    List<String> formulaRow = rows.get(1 + register.indexOf(byId(formula)));
    assertThat(formulaRow.get(5)).isEqualTo("'-2 referrals a month");
    assertThat(formulaRow.get(7)).isEqualTo("'@Inspector Ingram");
    assertThat(formulaRow.get(12)).isEqualTo("'+44 helpline answers within a day");
    assertThat(rows.stream().map(row -> row.get(5)))
        .as("quotes, commas and line breaks survive")
        .contains(AWKWARD_TEXT);
  }

  @Test
  void word_hasAHeadingPerArea_andEveryAction() throws IOException {
    HttpResponse<byte[]> response =
        download(
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "docx");
    String text = DocumentText.ofWord(response.body());
    for (Action action : register) {
      assertThat(text).contains(DocumentText.normalise(action.reference() + ": " + action.title()));
    }
    assertThat(text).contains(NAME, "Overdue: Yes", "Rhi Lead", "rhi.lead@example.org");
    assertThat(text)
        .contains(
            "1 proposed action from stage one is waiting to be decided.",
            "Status: Proposed, to decide",
            "Actions arising: " + PENDING_TEXT,
            "Answer agreed: Partly",
            "Set aside. Reason: " + SET_ASIDE_REASON,
            "Merged into action " + overdue.reference());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
      assertThat(inStyle(document, "Heading1")).containsExactly("Action plan: " + NAME);
      assertThat(inStyle(document, "Heading2"))
          .as("areas in the framework's order, then the proposed actions")
          .containsExactly(
              themeTitle("T04"),
              themeTitle("T05"),
              themeTitle("T10"),
              "Proposed actions from stage one");
      assertThat(inStyle(document, "Heading3")).hasSize(register.size() + 3);
    }
  }

  @Test
  void pdf_hasEveryAction_andIsPdfUa() {
    HttpResponse<byte[]> response = download(".pdf", "application/pdf", "pdf");
    String text = DocumentText.ofPdf(response.body());
    for (Action action : register) {
      assertThat(text).contains(DocumentText.normalise(action.title()));
    }
    assertThat(text).contains(themeTitle("T04"), themeTitle("T10"), "Overdue Yes", NAME);
    assertThat(text)
        .contains(
            "Proposed actions from stage one",
            PENDING_TEXT,
            SET_ASIDE_TEXT,
            MERGED_TEXT,
            "Set aside. Reason: " + SET_ASIDE_REASON);
    assertThat(PdfUaValidation.failedRules(response.body(), PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(PdfUaValidation.failedRules(response.body(), PDFAFlavour.PDFA_3_A)).isEmpty();
  }

  @Test
  void downloadLinks_sayTheirFormat_andEachDownloadsItsFile() {
    Document links =
        Jsoup.parse(
            render("plan/downloads", "downloads") + render("plan/downloads", "dataDownload"));
    List<Element> anchors = links.select("a");

    assertThat(anchors)
        .extracting(Element::text)
        .containsExactly(
            "Download the action plan as an Excel spreadsheet (XLSX)",
            "Download the action plan as a CSV file",
            "Download the action plan as a Word document (DOCX)",
            "Download the action plan as a PDF",
            "Download your partnership's data as a JSON file");
    for (Element anchor : anchors) {
      assertThat(links.getElementById(anchor.attr("aria-describedby")))
          .as(anchor.text())
          .isNotNull();
      assertThat(member.getBytes(anchor.attr("href")).statusCode())
          .as(anchor.attr("href"))
          .isEqualTo(200);
    }
    assertThat(anchors)
        .extracting(a -> a.attr("href"))
        .containsExactly(
            "/partnerships/" + partnershipId + "/action-plan.xlsx",
            "/partnerships/" + partnershipId + "/action-plan.csv",
            "/partnerships/" + partnershipId + "/action-plan.docx",
            "/partnerships/" + partnershipId + "/action-plan.pdf",
            "/partnerships/" + partnershipId + "/data.json");
  }

  @Test
  void aMemberOfAnotherPartnership_getsNotFound_andSomeoneSignedOut_isSentToSignIn() {
    SiteVisitor outsider = users.signedIn(url(""), users.givenAccount("Otto Outsider"));
    BenchmarkMeetings.givenPartnership(outsider, "Outsider Partnership");
    SiteVisitor signedOut = new SiteVisitor(url(""));

    for (String file :
        List.of(
            "/action-plan.xlsx",
            "/action-plan.csv",
            "/action-plan.docx",
            "/action-plan.pdf",
            "/data.json")) {
      String path = "/partnerships/" + partnershipId + file;
      HttpResponse<String> refused = outsider.get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(404);
      assertThat(refused.body()).as(path).doesNotContain(NAME, "Rhi Lead");
      HttpResponse<byte[]> anonymous = signedOut.getBytes(path);
      assertThat(anonymous.statusCode()).as(path).isEqualTo(302);
      assertThat(anonymous.headers().firstValue("Location").orElseThrow())
          .as(path)
          .endsWith("/sign-in");
    }
  }

  private HttpResponse<byte[]> download(String suffix, String type, String extension) {
    HttpResponse<byte[]> response =
        member.getBytes("/partnerships/" + partnershipId + "/action-plan" + suffix);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue(type);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue(
            "attachment; filename=\"action-plan-northshire-safeguarding-partnership-"
                + today
                + "."
                + extension
                + "\"");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    try {
      Files.createDirectories(SAVED);
      Files.write(SAVED.resolve("action-plan." + extension), response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return response;
  }

  /**
   * The three proposals after the actions, in the spreadsheet's columns: the one to decide first,
   * then the decided ones, most recent decision first.
   */
  private void assertProposedRows(List<List<String>> rows) {
    assertThat(rows).hasSize(3);
    assertThat(rows.stream().map(row -> row.get(4)))
        .containsExactly(PENDING_TEXT, MERGED_TEXT, SET_ASIDE_TEXT);
    assertThat(rows.stream().map(row -> row.get(10)))
        .containsExactly("Proposed, to decide", "Proposed, merged", "Proposed, set aside");
    assertThat(rows.stream().map(row -> row.get(2)))
        .containsExactly(
            "Stage one question Q10", "Stage one question Q12", "Stage one question Q01");
    assertThat(rows.get(0).get(0)).as("no reference until agreed").isEmpty();
    assertThat(rows.get(0).get(1)).isEqualTo(themeTitle("T05"));
    assertThat(rows.get(0).get(14)).as("nothing decided yet").isEmpty();
    assertThat(rows.get(1).get(14))
        .startsWith("Merged into action " + overdue.reference() + ": " + overdue.title() + ".")
        .contains("Decided by Petra Planner");
    assertThat(rows.get(2).get(14)).startsWith("Set aside. Reason: " + SET_ASIDE_REASON);
  }

  private void setStatus(Action action, String status) {
    jdbc.update("UPDATE partnership_action SET status = ? WHERE id = ?", status, action.id());
  }

  private Action byId(Action action) {
    return register.stream().filter(a -> a.id().equals(action.id())).findFirst().orElseThrow();
  }

  private String owner(Action action) {
    return action.owner() == ActionOwner.PARTNERSHIP
        ? "The partnership"
        : message(action.agency().messageKey());
  }

  private String themeTitle(String themeId) {
    return catalogue.current().themes().stream()
        .filter(t -> t.id().equals(themeId))
        .map(Theme::title)
        .findFirst()
        .orElseThrow();
  }

  private String message(String key) {
    return messages.getMessage(key, null, java.util.Locale.UK);
  }

  private static void assertDateCell(Cell cell, LocalDate expected) {
    assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
    assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
  }

  private static List<String> overdueColumn(XSSFSheet sheet) {
    List<String> overdue = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      Row row = sheet.getRow(i);
      if (row.getCell(11).getStringCellValue().equals("Yes")) {
        assertThat(((XSSFCellStyle) row.getCell(11).getCellStyle()).getFont().getBold()).isTrue();
        overdue.add(row.getCell(0).getStringCellValue());
      }
    }
    return overdue;
  }

  private static List<String> inStyle(XWPFDocument document, String style) {
    return document.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .toList();
  }

  /** A fragment of a template, rendered as a page including it would render it. */
  private String render(String template, String fragment) {
    MockHttpServletRequest request =
        new MockHttpServletRequest("GET", "/partnerships/" + partnershipId + "/actions");
    var exchange =
        JakartaServletWebApplication.buildApplication(request.getServletContext())
            .buildExchange(request, new MockHttpServletResponse());
    WebContext web =
        new WebContext(exchange, java.util.Locale.UK, Map.of("partnershipId", partnershipId));
    return templates.process(template, java.util.Set.of(fragment), web);
  }

  /**
   * RFC 4180: fields separated by commas, quoted fields may hold commas, CRLF and doubled quotes.
   */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    assertThat(field).as("the file ends with a line end").isEmpty();
    assertThat(row).isEmpty();
    return rows;
  }
}

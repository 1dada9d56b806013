package uk.missingchildren.response.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.action.ActionService;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.FollowUpMeetings;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Visits every page of a partnership that has been through the whole journey, and the public pages
 * with forms, finds every form on them, and sends each text field far longer than any column
 * (70,000 characters, beyond a 65,535 column; a well-formed address for email fields; the first
 * option of any choice left unmade): the answer is the page again with an error, or the change
 * made, and never a server error.
 */
class OverlongFieldsIntegrationTest extends IntegrationTest {

  private static final String OVERLONG = "Ω".repeat(70_000);

  /** Well formed, so it passes the format check and meets the column. */
  private static final String OVERLONG_EMAIL = "a".repeat(70_000) + "@example.org";

  private static final int MOST_PAGES = 80;
  private static final List<String> NOT_SENT =
      List.of("/sign-out", "/remove", "/withdraw", "/reopen", "/deactivate");
  private static final List<String> DOWNLOADS = List.of(".pdf", ".docx", ".xlsx", ".csv", ".json");

  @Autowired TestUsers users;
  @Autowired ActionService actions;

  @Test
  void everyTextFieldOfEveryForm_takesOverlongInputWithoutAServerError() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Olly Overlong"));
    UUID partnership = givenAPartnershipThroughTheJourney(visitor);
    List<String> failures = new ArrayList<>();

    int sent =
        sendOverlongFields(
            visitor,
            formsOnPagesUnder(visitor, "/partnerships/" + partnership, "/account"),
            failures);
    SiteVisitor stranger = new SiteVisitor(url(""));
    sent +=
        sendOverlongFields(
            stranger,
            formsOnPagesUnder(stranger, "/sign-in", "/register", "/forgotten-password"),
            failures);

    System.out.println("==> Sent " + sent + " overlong fields");
    assertThat(sent).as("text fields sent").isGreaterThan(40);
    assertThat(failures).isEmpty();
  }

  private int sendOverlongFields(
      SiteVisitor visitor, Map<String, Element> forms, List<String> failures) {
    int sent = 0;
    for (Map.Entry<String, Element> found : forms.entrySet()) {
      Element form = found.getValue();
      for (Element field :
          form.select(
              "textarea[name], input[name]:not([type=hidden]):not([type=radio]):not([type=checkbox]):not([type=submit])")) {
        Document fresh = Jsoup.parse(visitor.get(found.getKey().split(" ", 2)[0]).body());
        Element again = fresh.selectFirst("form[action='" + form.attr("action") + "']");
        if (again == null) {
          continue;
        }
        Map<String, String> fields =
            FormFields.of(fresh, "form[action='" + form.attr("action") + "']");
        // Choose the first option of any choice left unmade, so the long text is not refused for
        // that.
        again
            .select("input[type=radio]")
            .forEach(radio -> fields.putIfAbsent(radio.attr("name"), radio.val()));
        boolean email =
            field.attr("type").equals("email")
                || field.attr("name").toLowerCase().contains("email");
        fields.put(field.attr("name"), email ? OVERLONG_EMAIL : OVERLONG);
        HttpResponse<String> answer = visitor.post(form.attr("action"), fields);
        sent++;
        if (answer.statusCode() >= 500) {
          failures.add(
              form.attr("action") + " field " + field.attr("name") + ": " + answer.statusCode());
        }
      }
    }
    return sent;
  }

  /** Page path + " " + form action, to each POST form with something to type into. */
  private Map<String, Element> formsOnPagesUnder(SiteVisitor visitor, String... roots) {
    Map<String, Element> forms = new LinkedHashMap<>();
    Set<String> seen = new LinkedHashSet<>();
    Set<String> kinds = new LinkedHashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(roots));
    while (!queue.isEmpty() && seen.size() < MOST_PAGES) {
      String path = queue.poll();
      if (!seen.add(path)) {
        continue;
      }
      HttpResponse<String> response = visitor.get(path);
      if (response.statusCode() != 200
          || !response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
        continue;
      }
      Document page = Jsoup.parse(response.body());
      for (Element form : page.select("main form[method=post], main form[method=POST]")) {
        String action = form.attr("action");
        if (NOT_SENT.stream().noneMatch(action::contains)
            && !form.select(
                    "textarea, input[type=text], input[type=email], input[type=password], input:not([type])")
                .isEmpty()) {
          if (kinds.add(kind(action))) {
            forms.put(path + " " + action, form);
          }
        }
      }
      for (Element link : page.select("main a[href]")) {
        String href = URI.create(link.attr("href").replace(" ", "%20")).getPath();
        if (href != null
            && List.of(roots).stream().anyMatch(href::startsWith)
            && DOWNLOADS.stream().noneMatch(href::endsWith)) {
          queue.add(href);
        }
      }
    }
    return forms;
  }

  /** One form of each kind is enough: question 4's form is question 5's, and so on. */
  private static String kind(String action) {
    return action
        .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}")
        .replaceAll("/Q\\d\\d", "/{question}")
        .replaceAll("/T\\d\\d-([RGA])\\d\\d", "/{item-$1}")
        .replaceAll("/checklists/[a-z-]+/", "/checklists/{area}/");
  }

  private UUID givenAPartnershipThroughTheJourney(SiteVisitor visitor) {
    UUID partnership = BenchmarkMeetings.givenPartnership(visitor, "Overlong Partnership");
    String benchmark = BenchmarkMeetings.start(visitor, partnership, LocalDate.of(2026, 11, 2));
    BenchmarkMeetings.addAttendee(visitor, benchmark, "Pat Police", "POLICE", "Inspector");
    BenchmarkMeetings.answer(
        visitor, benchmark, "Q11", "partly", "Some notes", "Agree an RHI offer");
    String review =
        ChecklistMeetings.start(
            visitor, partnership, "return-home-interviews", LocalDate.of(2026, 11, 3), "blank");
    ChecklistMeetings.rate(
        visitor, review, "required", "T05-R01", "partly_met", "high", "", "Some evidence");
    LocalDate due = LocalDate.now().plusMonths(3);
    visitor.submitForm(
        review + "/items/T05-R01/actions/new",
        "#set-action",
        Map.of(
            "title",
            "An action",
            "description",
            "Do it",
            "owner",
            "PARTNERSHIP",
            "agency",
            "",
            "leadPerson",
            "Lee Lead",
            "dueDay",
            String.valueOf(due.getDayOfMonth()),
            "dueMonth",
            String.valueOf(due.getMonthValue()),
            "dueYear",
            String.valueOf(due.getYear()),
            "successMeasure",
            "Measured"));
    FollowUpMeetings.start(visitor, partnership, actions.today(), "ALL_OPEN");
    return partnership;
  }
}

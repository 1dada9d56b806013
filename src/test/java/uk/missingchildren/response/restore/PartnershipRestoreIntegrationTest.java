package uk.missingchildren.response.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * A partnership's data file, imported by someone else, becomes a new partnership with every record
 * of the old one: exporting the new one gives the same file, but for ids, when it was made and its
 * checksum. The importer is its only member and coordinator, and its audit log starts with the
 * import.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipRestoreIntegrationTest extends IntegrationTest {

  private static final String NAME = "Eastshire Restored Partnership";

  @Autowired ApplicationContext application;
  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  private UUID original;
  private Map<String, Long> originalRows;
  private byte[] exported;
  private String fileName;
  private Account importer;
  private SiteVisitor importing;
  private HttpResponse<String> imported;
  private UUID restored;

  @BeforeAll
  void givenAPartnershipsDataFile_importedBySomeoneElse() {
    RestoreFixtures.Recorded recorded =
        new RestoreFixtures(application).givenAPartnershipWithEverything(url(""), NAME);
    original = recorded.partnershipId();
    HttpResponse<byte[]> download =
        recorded.coordinator().getBytes("/partnerships/" + original + "/data.json");
    assertThat(download.statusCode()).isEqualTo(200);
    exported = download.body();
    fileName =
        download
            .headers()
            .firstValue("Content-Disposition")
            .orElseThrow()
            .replaceAll(".*filename=\"([^\"]+)\".*", "$1");
    originalRows = rowsOf(original);

    importer = users.givenAccount("Ida Importer");
    importing = users.signedIn(url(""), importer);
    imported =
        importing.upload(
            Jsoup.parse(importing.get("/partnerships/import").body()),
            "main form",
            "file",
            fileName,
            exported);
    String location = imported.headers().firstValue("Location").orElse("");
    assertThat(location)
        .as("redirected to the new partnership; page said: " + errorOf(imported))
        .matches("/partnerships/[0-9a-f-]{36}");
    restored = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void exportingTheImportedPartnership_givesTheSameFile_butForIdsAndWhenItWasMade() {
    byte[] again = importing.getBytes("/partnerships/" + restored + "/data.json").body();

    JsonNode before = DataFiles.comparable(exported);
    JsonNode after = DataFiles.comparable(again);
    assertThat(after.get("benchmarks")).isEqualTo(before.get("benchmarks"));
    assertThat(after.get("checklistReviews")).isEqualTo(before.get("checklistReviews"));
    assertThat(after.get("actions")).isEqualTo(before.get("actions"));
    assertThat(after.get("actionUpdates")).isEqualTo(before.get("actionUpdates"));
    assertThat(after.get("followUpMeetings")).isEqualTo(before.get("followUpMeetings"));
    assertThat(after.get("proposedActionDecisions"))
        .isEqualTo(before.get("proposedActionDecisions"));
    assertThat(after.get("meetingPeople")).isEqualTo(before.get("meetingPeople"));
    assertThat(after.get("differentViews")).isEqualTo(before.get("differentViews"));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void aFileWrittenBeforeASectionWasAdded_importsWithNoneOfThatSection() {
    byte[] older = DataFiles.rewritten(exported, file -> file.remove("differentViews"));

    HttpResponse<String> response =
        importing.upload(
            Jsoup.parse(importing.get("/partnerships/import").body()),
            "main form",
            "file",
            fileName,
            older);

    String location = response.headers().firstValue("Location").orElse("");
    assertThat(location).as(errorOf(response)).matches("/partnerships/[0-9a-f-]{36}");
    UUID partnership = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    assertThat(rowsOf(partnership)).containsEntry("different_view", 0L);
    assertThat(rowsOf(partnership).get("benchmark_answer"))
        .isEqualTo(originalRows.get("benchmark_answer"));
  }

  @Test
  void everyRecordComesBack_underNewIds_andTheOriginalIsUntouched() {
    assertThat(rowsOf(restored)).isEqualTo(originalRows);
    assertThat(rowsOf(original)).isEqualTo(originalRows);
    assertThat(originalRows).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());
    JsonNode file = DataFiles.read(exported);
    String again =
        DataFiles.text(importing.getBytes("/partnerships/" + restored + "/data.json").body());
    for (String section :
        List.of(
            "benchmarks",
            "checklistReviews",
            "actions",
            "actionUpdates",
            "followUpMeetings",
            "proposedActionDecisions",
            "meetingPeople",
            "differentViews")) {
      file.get(section)
          .forEach(
              record -> assertThat(again).as(section).doesNotContain(record.get("id").asString()));
    }
  }

  @Test
  void theImporter_isTheNewPartnershipsOnlyMember_andItsCoordinator() {
    assertThat(
            jdbc.queryForList(
                "SELECT account_id, role FROM membership WHERE partnership_id = ?", restored))
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.get("account_id").toString()).isEqualTo(importer.id().toString());
              assertThat(row.get("role")).isEqualTo("COORDINATOR");
            });
    Document home = Jsoup.parse(importing.get("/partnerships/" + restored).body());
    assertThat(home.select("h1").text()).isEqualTo(NAME);
    assertThat(home.select(".govuk-notification-banner").text())
        .contains("The data has been imported from " + fileName);
    assertThat(home.select("#about").text()).contains("Coordinator");
  }

  @Test
  void theImport_isTheFirstEntryOfTheNewAuditLog_sayingWhoAndFromWhichFile() {
    List<Map<String, Object>> events =
        jdbc.queryForList(
            "SELECT action, actor_email, subject, details FROM audit_event WHERE partnership_id = ?",
            restored);
    assertThat(events)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.get("action")).isEqualTo("PARTNERSHIP_RESTORED");
              assertThat(event.get("actor_email")).isEqualTo(importer.email());
              assertThat(event.get("subject")).isEqualTo(NAME);
              assertThat((String) event.get("details"))
                  .contains(
                      "\"" + fileName + "\"",
                      "exported " + DataFiles.read(exported).get("exportedAt").asString(),
                      original.toString(),
                      "benchmarks 2",
                      "checklistReviews 3",
                      "actions 3",
                      "actionUpdates 3",
                      "followUpMeetings 2",
                      "proposedActionDecisions 1");
            });
    Document log = Jsoup.parse(importing.get("/partnerships/" + restored + "/audit-log").body());
    assertThat(log.select("tbody tr").text())
        .contains("Partnership imported from a data file", importer.email(), fileName);
  }

  @Test
  void theRestoredRecords_workOnTheirPages() {
    String home = "/partnerships/" + restored;
    String benchmark =
        jdbc.queryForObject(
            "SELECT id FROM benchmark WHERE partnership_id = ? AND status = 'SUBMITTED'",
            String.class,
            restored);
    assertThat(importing.get(home + "/benchmarks/" + benchmark + "/report").statusCode())
        .isEqualTo(200);
    String review =
        jdbc.queryForObject(
            "SELECT id FROM checklist_review WHERE partnership_id = ? AND status = 'COMPLETED'",
            String.class,
            restored);
    assertThat(importing.get(home + "/reviews/" + review + "/report").statusCode()).isEqualTo(200);
    String meeting =
        jdbc.queryForObject(
            "SELECT id FROM follow_up_meeting WHERE partnership_id = ? AND status = 'COMPLETED'",
            String.class,
            restored);
    assertThat(
            Jsoup.parse(importing.get(home + "/follow-ups/" + meeting + "/minutes").body()).text())
        .contains("Track referrals", "Referrals counted every month", "Pat Police");

    String closed =
        jdbc.queryForObject(
            "SELECT id FROM partnership_action WHERE partnership_id = ? AND status = 'CLOSED'",
            String.class,
            restored);
    Document action = Jsoup.parse(importing.get(home + "/actions/" + closed).body());
    assertThat(action.select(".app-history__entry h3").eachText())
        .filteredOn(
            entry ->
                entry.contains("brought in from a data file that does not say who recorded it"))
        .hasSize(3);
    assertThat(action.text()).doesNotContain(importer.email());
  }

  @Test
  void theSameFormSentTwice_importsOnce() {
    Document page = Jsoup.parse(importing.get("/partnerships/import").body());
    long before = count("SELECT COUNT(*) FROM partnership");
    HttpResponse<String> first = importing.upload(page, "main form", "file", fileName, exported);
    HttpResponse<String> second = importing.upload(page, "main form", "file", fileName, exported);

    assertThat(second.headers().firstValue("Location"))
        .isEqualTo(first.headers().firstValue("Location"));
    assertThat(count("SELECT COUNT(*) FROM partnership")).isEqualTo(before + 1);
  }

  /** How many rows of each kind the partnership has, through whichever record they belong to. */
  private Map<String, Long> rowsOf(UUID partnership) {
    Map<String, Long> stageOneToFollowUps =
        Map.of(
            "benchmark",
                count("SELECT COUNT(*) FROM benchmark WHERE partnership_id = ?", partnership),
            "benchmark_attendee",
                count(
                    "SELECT COUNT(*) FROM benchmark_attendee a JOIN benchmark b ON b.id = a.benchmark_id WHERE b.partnership_id = ?",
                    partnership),
            "benchmark_answer",
                count(
                    "SELECT COUNT(*) FROM benchmark_answer a JOIN benchmark b ON b.id = a.benchmark_id WHERE b.partnership_id = ?",
                    partnership),
            "checklist_review",
                count(
                    "SELECT COUNT(*) FROM checklist_review WHERE partnership_id = ?", partnership),
            "checklist_review_attendee",
                count(
                    "SELECT COUNT(*) FROM checklist_review_attendee a JOIN checklist_review r ON r.id = a.review_id WHERE r.partnership_id = ?",
                    partnership),
            "checklist_item_rating",
                count(
                    "SELECT COUNT(*) FROM checklist_item_rating a JOIN checklist_review r ON r.id = a.review_id WHERE r.partnership_id = ?",
                    partnership),
            "partnership_action",
                count(
                    "SELECT COUNT(*) FROM partnership_action WHERE partnership_id = ?",
                    partnership),
            "action_update",
                count("SELECT COUNT(*) FROM action_update WHERE partnership_id = ?", partnership),
            "follow_up_meeting",
                count(
                    "SELECT COUNT(*) FROM follow_up_meeting WHERE partnership_id = ?", partnership),
            "follow_up_attendee",
                count(
                    "SELECT COUNT(*) FROM follow_up_attendee a JOIN follow_up_meeting m ON m.id = a.meeting_id WHERE m.partnership_id = ?",
                    partnership));
    Map<String, Long> rows = new java.util.HashMap<>(stageOneToFollowUps);
    rows.put(
        "proposed_action_decision",
        count(
            "SELECT COUNT(*) FROM proposed_action_decision WHERE partnership_id = ?", partnership));
    rows.put(
        "meeting_person",
        count("SELECT COUNT(*) FROM meeting_person WHERE partnership_id = ?", partnership));
    rows.put(
        "different_view",
        count(
            "SELECT COUNT(*) FROM different_view v JOIN benchmark b ON b.id = v.meeting_id"
                + " WHERE v.partnership_id = ? AND b.partnership_id = v.partnership_id",
            partnership));
    return rows;
  }

  private long count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Long.class, arguments);
  }

  private static String errorOf(HttpResponse<String> response) {
    return response.statusCode()
        + " "
        + Jsoup.parse(response.body()).select(".govuk-error-summary").text();
  }
}

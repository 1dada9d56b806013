package uk.missingchildren.response.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Every kind of file that cannot be imported is refused on the upload page with an error that says
 * what is wrong with it, and nothing at all is written: not the new partnership, not the records
 * before the problem, not the audit entry. The files start from a real export of a partnership with
 * one of everything; those changed "as a faulty or newer exporter would" get a new checksum, so the
 * check under test is the one that refuses them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusedDataFilesIntegrationTest extends IntegrationTest {

  @Autowired ApplicationContext application;
  @Autowired TestUsers users;
  @Autowired JdbcTemplate jdbc;

  private byte[] exported;
  private SiteVisitor importing;

  @BeforeAll
  void givenAPartnershipsDataFile() {
    RestoreFixtures.Recorded recorded =
        new RestoreFixtures(application)
            .givenAPartnershipWithEverything(url(""), "Refusedshire Partnership");
    exported =
        recorded
            .coordinator()
            .getBytes("/partnerships/" + recorded.partnershipId() + "/data.json")
            .body();
    importing = users.signedIn(url(""), users.givenAccount("Ivy Importer"));
  }

  @Test
  void noFileChosen_isRefused() {
    assertRefused(
        () -> importing.upload(page(), "main form", "file", "", new byte[0]),
        "Select the partnership's data file");
  }

  @Test
  void anEmptyFile_isRefused() {
    assertRefused(() -> upload(new byte[0]), "The selected file is empty");
  }

  @Test
  void aFileThatIsNotJson_isRefused() {
    assertRefused(
        () -> upload("Minutes of the meeting, 2 November".getBytes(StandardCharsets.UTF_8)),
        "The selected file must be a partnership's data file. It is not a JSON file: choose the file downloaded with "
            + "\"Download your partnership's data\", which ends in .json");
    assertRefused(
        () -> upload(Arrays.copyOf(exported, exported.length / 2)),
        "The selected file must be a partnership's data file. It is not a JSON file: choose the file downloaded with "
            + "\"Download your partnership's data\", which ends in .json");
  }

  @Test
  void jsonOfAnotherShape_isRefused() {
    String notOurs =
        "The selected file is JSON but not a partnership's data file. Choose the file downloaded with "
            + "\"Download your partnership's data\"";
    assertRefused(() -> upload("[1, 2, 3]".getBytes(StandardCharsets.UTF_8)), notOurs);
    assertRefused(
        () -> upload("{\"name\": \"Refusedshire Partnership\"}".getBytes(StandardCharsets.UTF_8)),
        notOurs);
    assertRefused(
        () -> upload(DataFiles.edited(exported, file -> file.put("format", "something-else"))),
        notOurs);
  }

  @Test
  void aFileChangedSinceItWasDownloaded_isRefused() {
    String tampered =
        "The selected file has been changed since it was downloaded, so it cannot be imported. "
            + "Import the file exactly as it was downloaded";
    assertRefused(
        () ->
            upload(
                DataFiles.edited(
                    exported, file -> answer(file, 0, 2).put("notes", "Edited after the export"))),
        tampered);
    assertRefused(
        () ->
            upload(DataFiles.edited(exported, file -> ((ArrayNode) file.get("actions")).remove(0))),
        tampered);
    assertRefused(
        () -> upload(DataFiles.edited(exported, file -> file.remove("checksum"))),
        "The selected file has no checksum, so it cannot be checked. Download the partnership's data again and import "
            + "the new file");
  }

  @Test
  void aFileTooLarge_isRefused_withThePagesError_notAServerError() {
    for (int size : new int[] {10 * 1024 * 1024 + 1024, 12 * 1024 * 1024}) {
      byte[] large = new byte[size];
      Arrays.fill(large, (byte) ' ');
      Map<String, Long> before = DataFiles.rowCounts(jdbc);
      HttpResponse<String> refused = upload(large);
      assertThat(refused.statusCode()).as(size + " bytes").isEqualTo(302);
      String location = refused.headers().firstValue("Location").orElseThrow();
      assertThat(location).isEqualTo("/partnerships/import");
      assertErrorPage(importing.get(location), "The selected file must be smaller than 10 MB");
      assertThat(DataFiles.rowCounts(jdbc)).as("nothing written").isEqualTo(before);
    }
  }

  @Test
  void aFileFromANewerVersionOfTheService_isRefused() {
    assertRefused(
        () -> upload(DataFiles.rewritten(exported, file -> file.put("schemaVersion", 2))),
        "The selected file was made by a newer version of this service (its data format is version 2; this service "
            + "reads version 1). Import it once this service has been updated");
    assertRefused(
        () -> upload(DataFiles.rewritten(exported, file -> file.putArray("reminders"))),
        "The selected file holds reminders, which this service does not know. It was probably made by a newer "
            + "version of this service: import it once this service has been updated");
    assertRefused(
        () ->
            upload(
                DataFiles.rewritten(
                    exported,
                    file ->
                        ((ObjectNode) file.get("benchmarks").get(0))
                            .put("meetingVenue", "Town hall"))),
        "The selected file holds benchmarks[0].meetingVenue, which this service does not know. It was probably made "
            + "by a newer version of this service: import it once this service has been updated");
  }

  @Test
  void aFileFromAnUnknownFrameworkVersion_isRefused() {
    assertRefused(
        () ->
            upload(
                DataFiles.rewritten(
                    exported,
                    file ->
                        ((ObjectNode) file.get("benchmarks").get(0))
                            .put("frameworkVersion", "2099.1"))),
        "The selected file uses framework version 2099.1 (at benchmarks[0].frameworkVersion), which this service "
            + "does not have. Import it once this service has been updated");
  }

  @Test
  void aFileMissingARequiredField_isRefused() {
    String where = ratedReview() + ".ratings[0].itemId";
    assertRefused(
        () -> upload(DataFiles.rewritten(exported, file -> rating(file).remove("itemId"))),
        "The selected file cannot be imported: " + where + " is missing");
    assertRefused(
        () -> upload(DataFiles.rewritten(exported, file -> rating(file).putNull("itemId"))),
        "The selected file cannot be imported: " + where + " is missing");
    assertRefused(
        () ->
            upload(
                DataFiles.rewritten(
                    exported, file -> ((ObjectNode) file.get("partnership")).put("name", " "))),
        "The selected file cannot be imported: partnership.name is missing");
  }

  @Test
  void aFileWithValuesNotOnTheFrameworksScales_isRefused() {
    assertRefused(
        () ->
            upload(
                DataFiles.rewritten(exported, file -> answer(file, 0, 0).put("answer", "maybe"))),
        "The selected file cannot be imported: benchmarks[0].answers[0].answer is \"maybe\", which is not on the "
            + "scale of framework version 2026.1");
    String where = ratedReview() + ".ratings[0]";
    assertRefused(
        () -> upload(DataFiles.rewritten(exported, file -> rating(file).put("impact", "enormous"))),
        "The selected file cannot be imported: "
            + where
            + ".impact is \"enormous\", which is not on the scale of "
            + "framework version 2026.1");
    assertRefused(
        () ->
            upload(
                DataFiles.rewritten(exported, file -> answer(file, 0, 0).put("questionId", "Q99"))),
        "The selected file cannot be imported: benchmarks[0].answers[0].questionId is \"Q99\", which is not in "
            + "framework version 2026.1");
  }

  @Test
  void aProblemInTheLastRecord_leavesNothingOfTheRecordsBeforeIt() {
    JsonNode updates = DataFiles.read(exported).get("actionUpdates");
    int last = updates.size() - 1;
    assertRefused(
        () ->
            upload(
                DataFiles.rewritten(
                    exported,
                    file ->
                        ((ObjectNode) file.get("actionUpdates").get(last))
                            .put("statusAfter", "FINISHED"))),
        "The selected file cannot be imported: actionUpdates["
            + last
            + "].statusAfter is \"FINISHED\", which is not "
            + "a value this service writes there");
    assertRefused(
        () ->
            upload(
                DataFiles.rewritten(
                    exported,
                    file ->
                        ((ObjectNode) file.get("actionUpdates").get(last))
                            .put("actionId", UUID.randomUUID().toString()))),
        "The selected file cannot be imported: actionUpdates["
            + last
            + "].actionId refers to a record that is not "
            + "in the file before it");
  }

  private HttpResponse<String> upload(byte[] file) {
    return importing.upload(page(), "main form", "file", "partnership-data.json", file);
  }

  private Document page() {
    return Jsoup.parse(importing.get("/partnerships/import").body());
  }

  /**
   * The file is refused with this error, on the upload page, and not one row is written anywhere.
   */
  private void assertRefused(Supplier<HttpResponse<String>> attempt, String error) {
    Map<String, Long> before = DataFiles.rowCounts(jdbc);
    HttpResponse<String> refused = attempt.get();
    assertErrorPage(refused, error);
    assertThat(DataFiles.rowCounts(jdbc)).as("nothing written for: " + error).isEqualTo(before);
  }

  private static void assertErrorPage(HttpResponse<String> response, String error) {
    assertThat(response.statusCode()).as(error).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.title()).startsWith("Error: Import a partnership's data");
    assertThat(page.select(".govuk-error-summary a[href=#file]").text()).isEqualTo(error);
    assertThat(page.select("#file-error").text()).isEqualTo("Error: " + error);
    assertThat(page.select("input#file[type=file]").attr("aria-describedby"))
        .contains("file-error");
  }

  private static ObjectNode answer(ObjectNode file, int benchmark, int answer) {
    return (ObjectNode) file.get("benchmarks").get(benchmark).get("answers").get(answer);
  }

  /** The first rating of the first review that has any. */
  private static ObjectNode rating(ObjectNode file) {
    for (JsonNode review : file.get("checklistReviews")) {
      if (!review.get("ratings").isEmpty()) {
        return (ObjectNode) review.get("ratings").get(0);
      }
    }
    throw new AssertionError("No review has a rating");
  }

  private String ratedReview() {
    JsonNode reviews = DataFiles.read(exported).get("checklistReviews");
    for (int i = 0; i < reviews.size(); i++) {
      if (!reviews.get(i).get("ratings").isEmpty()) {
        return "checklistReviews[" + i + "]";
      }
    }
    throw new AssertionError("No review has a rating");
  }
}

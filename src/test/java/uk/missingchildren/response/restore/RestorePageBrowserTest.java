package uk.missingchildren.response.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.JourneyBrowserTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * Importing a partnership's data file, from the list of partnerships, with the keyboard (a file is
 * chosen as the browser's file chooser would give it): no file, a file that is not a data file, and
 * then the real one. Every page on the way, errors included, is scanned by axe in each display
 * mode.
 */
class RestorePageBrowserTest extends JourneyBrowserTest {

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"low-vision"})
  void someoneImportsAPartnershipsDataFile_afterTwoFilesThatCannotBe(String mode)
      throws IOException {
    Path dataFile = givenAPartnershipsDataFile();
    Path notes =
        Files.writeString(
            Files.createTempFile("meeting-notes", ".txt"),
            "Notes of the meeting",
            StandardCharsets.UTF_8);
    Account importer = users.givenAccount("Isla Importer");
    startIn(mode);

    open("/sign-in");
    signInWithTheKeyboard(importer.email(), TestUsers.PASSWORD);
    assertThat(driver.getCurrentUrl()).endsWith("/partnerships");
    keyboard.follow(By.cssSelector("main a[href='/partnerships/import']"));
    assertThat(heading()).isEqualTo("Import a partnership's data");
    scan("/partnerships/import");

    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(assertErrorSummaryHasFocus("/partnerships/import")).containsExactly("#file");
    assertThat(driver.findElement(By.id("file-error")).getText())
        .isEqualTo("Error:\nSelect the partnership's data file");
    scan("/partnerships/import (no file chosen)");
    assertErrorSummaryLinksMoveFocusToTheirFields("/partnerships/import");

    driver.findElement(By.id("file")).sendKeys(notes.toString());
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertErrorSummaryHasFocus("/partnerships/import");
    assertThat(driver.findElement(By.cssSelector(".govuk-error-summary")).getText())
        .contains("It is not a JSON file");
    scan("/partnerships/import (not a data file)");

    driver.findElement(By.id("file")).sendKeys(dataFile.toString());
    keyboard.follow(By.cssSelector("main form button[type=submit]"));
    assertThat(heading()).isEqualTo("Browsershire Partnership");
    assertThat(driver.findElement(By.cssSelector(".govuk-notification-banner")).getText())
        .contains("The data has been imported from " + dataFile.getFileName());
    scan("/partnerships/{id} (imported)");
  }

  /**
   * A partnership with a submitted benchmark, its data file downloaded as its coordinator would.
   */
  private Path givenAPartnershipsDataFile() throws IOException {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Bo Browser"));
    String benchmark =
        BenchmarkMeetings.givenSubmittedBenchmark(
            coordinator, "Browsershire Partnership", Map.of());
    UUID partnershipId = UUID.fromString(benchmark.split("/")[2]);
    byte[] file = coordinator.getBytes("/partnerships/" + partnershipId + "/data.json").body();
    Path directory = Files.createTempDirectory("data-file");
    return Files.write(directory.resolve("partnership-data-browsershire-partnership.json"), file);
  }
}

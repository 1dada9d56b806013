package uk.missingchildren.response.nationalpicture;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The national picture page in both display modes: axe 0, and it holds from 1280 to 390 px. */
class NationalPictureBrowserTest extends JourneyBrowserTest {

  @Autowired TestUsers users;

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard", "low-vision"})
  void aCoordinatorChoosesToBeCounted_andSeesWhereTheirPartnershipSits(String mode) {
    startIn(mode);
    Account coordinator = users.givenAccount("Nat Coordinator");
    String own =
        BenchmarkMeetings.givenSubmittedBenchmark(
            users.signedIn(url(""), coordinator), "Natshire " + mode, Map.of("Q10", "no"));
    String page = "/partnerships/" + own.split("/")[2] + "/national-picture";
    for (int i = 1; i <= 5; i++) {
      SiteVisitor other = users.signedIn(url(""), users.givenAccount("Other " + i));
      String path =
          BenchmarkMeetings.givenSubmittedBenchmark(other, "Other " + mode + " " + i, Map.of());
      other.submitForm(
          "/partnerships/" + UUID.fromString(path.split("/")[2]) + "/national-picture",
          "form[action$=/counting]",
          Map.of("counted", "yes"));
    }

    signIn(coordinator, mode);
    open(page);
    scan(page + " (not counted)");
    keyboard.chooseRadio("counted", "yes");
    keyboard.follow(By.cssSelector("form[action$='/counting'] button[type=submit]"));
    assertThat(driver.findElement(By.id("counting-status")).getText())
        .isEqualTo("Your partnership is counted in the national picture, without its name.");
    assertThat(driver.findElement(By.id("picture-summary")).getText()).startsWith("Counts ");
    assertLayoutHolds(page, mode);
    saveScreenshot("national-picture-" + mode + ".png");
  }
}

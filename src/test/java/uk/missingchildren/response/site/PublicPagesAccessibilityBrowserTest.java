package uk.missingchildren.response.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import uk.missingchildren.response.support.BrowserTest;
import uk.missingchildren.response.support.PublicPages;

class PublicPagesAccessibilityBrowserTest extends BrowserTest {

  static Stream<Arguments> everyPublicPageInBothDisplayModes() {
    List<String> pages = new ArrayList<>(PublicPages.everyPage());
    pages.add(PublicPages.NOT_FOUND_EXAMPLE);
    return pages.stream()
        .flatMap(
            page -> Stream.of(Arguments.of(page, "standard"), Arguments.of(page, "low-vision")));
  }

  @ParameterizedTest(name = "{0} in {1} display")
  @MethodSource("everyPublicPageInBothDisplayModes")
  void page_hasNoWcag22AaViolations(String page, String mode) {
    useDisplayMode(mode);
    open(page);

    boolean lowVision =
        driver.findElement(By.tagName("html")).getAttribute("class").contains("app-low-vision");
    assertThat(lowVision).isEqualTo(mode.equals("low-vision"));
    assertNoAccessibilityViolations(page, mode);
  }
}

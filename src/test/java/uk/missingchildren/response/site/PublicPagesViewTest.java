package uk.missingchildren.response.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;
import uk.missingchildren.response.config.GovukFrontendProperties;

/**
 * Renders the public pages in a web slice, without the servlet filters, and checks their content.
 */
@WebMvcTest(PublicPagesController.class)
@AutoConfigureMockMvc(addFilters = false)
@EnableConfigurationProperties({SiteProperties.class, GovukFrontendProperties.class})
class PublicPagesViewTest {

  @Autowired MockMvc mvc;

  @Test
  void informationSheet_explainsWhoToInviteWithAnExampleAttendeeTable() throws Exception {
    Document page = render("/information-sheet");

    assertThat(page.select("h1").text()).isNotBlank();
    assertThat(page.select("table.govuk-table")).isNotEmpty();
    assertThat(page.select("table.govuk-table th[scope=col]")).isNotEmpty();
    assertThat(page.select("a[href=/information-sheet.pdf]")).hasSize(1);
  }

  @Test
  void informationSheet_marksItsNavigationItemAsTheCurrentPage() throws Exception {
    Document page = render("/information-sheet");

    assertThat(page.select(".govuk-service-navigation__link[aria-current=page]").text())
        .isEqualTo("Information sheet");
  }

  @Test
  void cookiesPage_listsEveryCookieTheServiceSets() throws Exception {
    Document page = render("/cookies");

    assertThat(page.select("table.govuk-table td").eachText())
        .contains("SESSION", "csrf_token", "flash", "display_mode");
  }

  @Test
  void externalLinks_openSafelyInANewTabAndSaySo() throws Exception {
    Document page = render("/resources");

    var external = page.select("main a[href^=http]");
    assertThat(external).isNotEmpty();
    external.forEach(
        link -> {
          assertThat(link.attr("rel")).contains("noopener", "noreferrer");
          assertThat(link.text()).contains("opens in new tab");
        });
  }

  @Test
  void freeTextWarning_appearsOnTheStartPage() throws Exception {
    Document page = render("/");

    assertThat(page.select(".govuk-warning-text").text()).contains("Do not enter names");
  }

  private Document render(String path) throws Exception {
    String html = mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
    return Jsoup.parse(html);
  }
}

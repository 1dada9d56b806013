package uk.missingchildren.response.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.support.FailingRoute;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.PublicPages;
import uk.missingchildren.response.support.SiteVisitor;

class ErrorPagesIntegrationTest extends IntegrationTest {

  @Test
  void anUnknownAddress_showsPageNotFoundInTheServiceFrame() {
    HttpResponse<String> response = new SiteVisitor(url("")).get(PublicPages.NOT_FOUND_EXAMPLE);

    assertThat(response.statusCode()).isEqualTo(404);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo("Page not found");
    assertThat(page.title()).startsWith("Page not found");
    assertThat(page.select("a.govuk-skip-link")).hasSize(1);
    assertThat(page.select("form[action=/display-mode]")).hasSize(1);
  }

  @Test
  void aFailure_showsTheProblemPageWithoutAnyInternalDetail() {
    HttpResponse<String> response = new SiteVisitor(url("")).get(FailingRoute.PATH);

    assertThat(response.statusCode()).isEqualTo(500);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
    assertThat(response.body())
        .doesNotContain(FailingRoute.SECRET_DETAIL)
        .doesNotContain("IllegalStateException")
        .doesNotContain("at uk.missingchildren");
  }

  @Test
  void errorPages_keepTheVisitorsDisplayMode() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.submitForm("/", "form[action=/display-mode]", java.util.Map.of());

    Document page = Jsoup.parse(visitor.get(PublicPages.NOT_FOUND_EXAMPLE).body());

    assertThat(page.selectFirst("html").hasClass("app-low-vision")).isTrue();
  }
}

package uk.missingchildren.response.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.missingchildren.response.support.FailingRoute;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.PublicPages;
import uk.missingchildren.response.support.SiteVisitor;

class PublicPagesIntegrationTest extends IntegrationTest {

  /**
   * Pages behind sign-in; their own browser tests scan them. "/partnerships/after-sign-in" only
   * redirects, to a partnership or the list.
   */
  private static final Set<String> SIGNED_IN_PAGES =
      Set.of(
          "/partnerships",
          "/partnerships/after-sign-in",
          "/partnerships/new",
          "/partnerships/import",
          "/account",
          "/account/details",
          "/account/password",
          "/account/email",
          "/account/delete",
          "/account/second-factor",
          "/account/second-factor/set-up",
          "/account/second-factor/recovery-codes",
          "/account/second-factor/new-recovery-codes",
          "/account/second-factor/remove",
          "/admin",
          "/admin/accounts",
          "/admin/partnerships",
          "/admin/outbox",
          "/admin/framework",
          "/admin/framework/compare",
          "/admin/national-picture",
          "/resume",
          "/oversight",
          "/oversight/new");

  /**
   * The second step of signing in, open only part-way through a sign-in (otherwise they send the
   * visitor back to the sign-in page); SecondFactorBrowserTest scans them.
   */
  private static final Set<String> SECOND_STEP_PAGES =
      Set.of(
          "/sign-in/code",
          "/sign-in/recovery-code",
          "/sign-in/set-up-code",
          "/sign-in/recovery-codes",
          // Signing in with an organisation's account: SingleSignOnBrowserTest scans them.
          "/sign-in/link-account",
          "/sign-in/problem");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Test
  void everyPublicPage_rendersInTheGovukFrameWithSkipLinkAndLowVisionSwitch() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    for (String path : PublicPages.everyPage()) {
      HttpResponse<String> response = visitor.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      Document page = Jsoup.parse(response.body());
      assertThat(page.select("h1")).as(path + " has one h1").hasSize(1);
      assertThat(page.title()).as(path).endsWith("Missing Children Response Assessment Tool");
      assertThat(page.selectFirst("a.govuk-skip-link").attr("href")).isEqualTo("#main-content");
      assertThat(page.getElementById("main-content")).as(path).isNotNull();
      assertThat(page.select(".govuk-phase-banner a[href^=mailto:]")).as(path).hasSize(1);
      assertThat(page.select("form[action=/display-mode] button").text())
          .isEqualTo("Turn on Low Vision Mode");
      assertThat(
              page.select(
                  "form[action=/display-mode] input[name=_csrf], form[action=/display-mode] input[name=_submission]"))
          .as("the switch carries no per-visitor token, so the page is the same for everyone")
          .isEmpty();
      assertThat(page.select("footer a").eachAttr("href"))
          .contains("/accessibility", "/privacy", "/cookies");
      assertThat(response.body()).as(path).doesNotContain("??");
    }
  }

  @Test
  void everyPublicGetRoute_isInTheListOfPagesScannedForAccessibility() {
    Set<String> routes = new TreeSet<>();
    handlerMapping
        .getHandlerMethods()
        .forEach(
            (info, method) -> {
              boolean isGet =
                  info.getMethodsCondition().getMethods().isEmpty()
                      || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
              if (isGet) {
                routes.addAll(info.getPatternValues());
              }
            });
    // Pages only: parameterised routes are checked through their instances, and downloads and
    // the JSON API are not pages.
    routes.removeIf(
        route ->
            route.contains("{")
                || route.startsWith("/error")
                || route.startsWith("/api/")
                || route.matches(".*\\.(pdf|docx|xlsx|csv|json)$"));
    routes.remove(FailingRoute.PATH);
    routes.removeAll(PublicPages.JOURNEY_PAGES);
    routes.removeAll(SIGNED_IN_PAGES);
    routes.removeAll(SECOND_STEP_PAGES);

    assertThat(PublicPages.ALL).containsExactlyInAnyOrderElementsOf(routes);
  }

  @Test
  void theStartPage_hasAProminentStartButton() {
    Document page = Jsoup.parse(new SiteVisitor(url("")).get("/").body());

    assertThat(page.select("a.govuk-button--start").text()).isEqualTo("Start now");
  }
}

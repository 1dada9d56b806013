package uk.missingchildren.response.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

class SecurityBaselineIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;

  @Test
  void pages_carryStrictSecurityHeaders() {
    HttpResponse<String> response = new SiteVisitor(url("")).get("/");

    var headers = response.headers();
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp)
        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
  }

  @Test
  void noPageHasInlineScriptOrStyle_andThePolicyAllowsNone() {
    for (String path : new String[] {"/", "/sign-in", "/checklists"}) {
      HttpResponse<String> response = new SiteVisitor(url("")).get(path);
      String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
      Document page = Jsoup.parse(response.body());

      assertThat(csp)
          .as(path)
          .contains("script-src 'self';", "style-src 'self';")
          .doesNotContain("nonce", "sha256");
      assertThat(page.select("script:not([src])")).as(path).isEmpty();
      assertThat(page.select("style")).as(path).isEmpty();
      assertThat(page.select("[style]")).as(path).isEmpty();
    }
  }

  @Test
  void healthEndpoint_isPublicAndUp_otherActuatorEndpointsAreNot() {
    SiteVisitor visitor = new SiteVisitor(url(""));

    HttpResponse<String> health = visitor.get("/actuator/health", "application/json");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"status\":\"UP\"");
    for (String path : new String[] {"/actuator/env", "/actuator/beans", "/actuator/info"}) {
      HttpResponse<String> response = visitor.get(path, "application/json");
      // Refused outright, or sent to sign in (where even a signed-in user is then refused).
      assertThat(response.statusCode()).as(path).isIn(302, 403, 404);
      assertThat(response.body()).as(path).doesNotContain("propertySources", "beans");
    }
  }

  @Test
  void aPostWithoutTheCsrfToken_isRefusedWithTheForbiddenPage() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    visitor.get("/");

    HttpResponse<String> response =
        visitor.post("/forgotten-password", Map.of("email", "someone@example.org"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("You cannot do that");
  }

  @Test
  void theSessionAndCsrfCookies_areHttpOnlyAndSameSiteLax() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    HttpResponse<String> signInPage = visitor.get("/sign-in");
    HttpResponse<String> signedIn =
        visitor.submitForm(
            Jsoup.parse(signInPage.body()),
            "main form",
            Map.of(
                "email",
                users.givenAccount("Cookie Checker").email(),
                "password",
                TestUsers.PASSWORD));

    String csrf = cookie(signInPage, "csrf_token");
    String session = cookie(signedIn, "SESSION");
    assertThat(csrf).contains("HttpOnly", "SameSite=Lax");
    assertThat(session).contains("HttpOnly", "SameSite=Lax");
  }

  private static String cookie(HttpResponse<String> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + name + " cookie set"));
  }
}

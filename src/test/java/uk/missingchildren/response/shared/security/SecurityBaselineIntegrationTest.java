package uk.missingchildren.response.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

class SecurityBaselineIntegrationTest extends IntegrationTest {

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
  void everyInlineScript_carriesThisResponsesNonce_andNoInlineStyleAttributesAreUsed() {
    HttpResponse<String> response = new SiteVisitor(url("")).get("/");
    String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
    String nonce = csp.replaceAll(".*script-src 'self' 'nonce-([^']+)'.*", "$1");
    Document page = Jsoup.parse(response.body());

    for (Element script : page.select("script:not([src])")) {
      assertThat(script.attr("nonce")).isEqualTo(nonce);
    }
    assertThat(page.select("[style]")).isEmpty();
  }

  @Test
  void eachResponse_getsADifferentNonce() {
    SiteVisitor visitor = new SiteVisitor(url(""));
    String first = visitor.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
    String second = visitor.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();

    assertThat(first).isNotEqualTo(second);
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

    HttpResponse<String> response = visitor.post("/display-mode", Map.of("mode", "low-vision"));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("You cannot do that");
    assertThat(visitor.cookie("display_mode")).isNull();
  }

  @Test
  void theSessionCookie_isHttpOnlyAndSameSiteLax() {
    HttpResponse<String> response = new SiteVisitor(url("")).get("/");

    String setCookie =
        response.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("SESSION="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).contains("HttpOnly", "SameSite=Lax");
  }
}

package uk.missingchildren.response.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.missingchildren.response.support.FormFields;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;

/**
 * With no proxy configured (TRUSTED_PROXIES unset), nobody can choose the address they are counted
 * under, nor where a redirect sends the browser.
 */
class ForwardedHeadersIntegrationTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;

  @Test
  void aForwardedForHeaderFromAnUntrustedAddress_doesNotChangeWhoIsCountedForThrottling() {
    String email = "spray.target@example.org";
    for (String spoofed : List.of("198.51.100.1", "198.51.100.2", "198.51.100.3")) {
      SiteVisitor sprayer = new SiteVisitor(url(""));
      var form =
          Jsoup.parse(sprayer.get("/sign-in").body())
              .selectFirst("main form input[name=_csrf]")
              .val();
      sprayer.post(
          "/sign-in",
          Map.of("_csrf", form, "email", email, "password", "spring2026 guess"),
          Map.of("X-Forwarded-For", spoofed));
    }

    List<String> addresses =
        jdbc.queryForList(
            "SELECT DISTINCT remote_address FROM audit_event WHERE action = 'SIGN_IN_FAILED' AND subject = ?",
            String.class,
            email);
    assertThat(addresses).hasSize(1).noneMatch(address -> address.startsWith("198.51.100."));
  }

  @Test
  void redirects_neverPointAtTheHostOrForwardedHostTheRequestNamed() throws IOException {
    SiteVisitor visitor = new SiteVisitor(url(""));
    var fields = FormFields.of(Jsoup.parse(visitor.get("/").body()), "form.app-display-mode");
    var forwarded =
        visitor.post("/display-mode", fields, Map.of("X-Forwarded-Host", "evil.example"));
    assertThat(forwarded.statusCode()).isEqualTo(302);
    assertThat(forwarded.headers().firstValue("Location").orElseThrow())
        .doesNotContain("evil.example")
        .startsWith("/");

    String rawAnswer =
        raw("GET /partnerships HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    String location =
        rawAnswer
            .lines()
            .filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
            .findFirst()
            .orElseThrow();
    assertThat(location).doesNotContain("evil.example").endsWith("/sign-in");

    String forwardedRaw =
        raw(
            "GET /partnerships HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Host: evil.example\r\n"
                + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
    assertThat(forwardedRaw).doesNotContain("evil.example").doesNotContain("https://");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
    }
  }
}

package uk.missingchildren.response.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class TrustedProxyFilterTest {

  private final TrustedProxyFilter filter =
      new TrustedProxyFilter(
          new ProxyProperties(List.of("10.0.0.0/8", "192.168.1.20")),
          List.of(location -> location.startsWith("https://login.example/authorize")));

  @Test
  void forwardedHeadersFromAnyoneElse_areIgnoredAndHidden() throws Exception {
    MockHttpServletRequest request = request("203.0.113.50");
    request.addHeader("X-Forwarded-For", "198.51.100.1");
    request.addHeader("X-Forwarded-Host", "evil.example");
    request.addHeader("X-Forwarded-Proto", "https");

    HttpServletRequest seen = pass(request);

    assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.50");
    assertThat(seen.getServerName()).isEqualTo("service.example");
    assertThat(seen.isSecure()).isFalse();
    assertThat(seen.getHeader("X-Forwarded-For")).isNull();
    assertThat(java.util.Collections.list(seen.getHeaderNames()))
        .doesNotContain("X-Forwarded-Host");
  }

  @Test
  void throughATrustedProxy_theClientIsTheNearestAddressThatIsNotAProxy() throws Exception {
    MockHttpServletRequest request = request("10.0.0.5");
    request.addHeader("X-Forwarded-For", "198.51.100.99, 203.0.113.7, 192.168.1.20");
    request.addHeader("X-Forwarded-Proto", "https");
    request.addHeader("X-Forwarded-Host", "missing-children.example.gov.uk");

    HttpServletRequest seen = pass(request);

    assertThat(seen.getRemoteAddr())
        .as("the leftmost address is whatever the client sent")
        .isEqualTo("203.0.113.7");
    assertThat(seen.isSecure()).isTrue();
    assertThat(seen.getServerName()).isEqualTo("missing-children.example.gov.uk");
    assertThat(seen.getServerPort()).isEqualTo(443);
    assertThat(seen.getRequestURL().toString())
        .isEqualTo("https://missing-children.example.gov.uk/partnerships");
  }

  @Test
  void somethingThatIsNotAnAddressInTheChain_endsWhatIsBelieved() throws Exception {
    MockHttpServletRequest request = request("10.0.0.5");
    request.addHeader("X-Forwarded-For", "not-an-address, 10.0.0.9");

    assertThat(pass(request).getRemoteAddr()).isEqualTo("10.0.0.9");
  }

  @Test
  void everyRedirect_isMadeRelative_exceptToAnAddressAFeatureVouchesFor() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        request("203.0.113.50"),
        response,
        (req, res) -> {
          ((HttpServletResponse) res)
              .sendRedirect("http://evil.example/sign-in?next=%2Fpartnerships");
        });
    assertThat(response.getHeader("Location")).isEqualTo("/sign-in?next=%2Fpartnerships");

    MockHttpServletResponse protocolRelative = new MockHttpServletResponse();
    filter.doFilter(
        request("203.0.113.50"),
        protocolRelative,
        (req, res) -> ((HttpServletResponse) res).setHeader("Location", "//evil.example/x"));
    assertThat(protocolRelative.getHeader("Location")).isEqualTo("/x");

    MockHttpServletResponse toProvider = new MockHttpServletResponse();
    filter.doFilter(
        request("203.0.113.50"),
        toProvider,
        (req, res) ->
            ((HttpServletResponse) res)
                .sendRedirect("https://login.example/authorize?client_id=service&state=x"));
    assertThat(toProvider.getHeader("Location"))
        .isEqualTo("https://login.example/authorize?client_id=service&state=x");
  }

  private HttpServletRequest pass(MockHttpServletRequest request) throws Exception {
    AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
    filter.doFilter(
        request, new MockHttpServletResponse(), (req, res) -> seen.set((HttpServletRequest) req));
    return seen.get();
  }

  private static MockHttpServletRequest request(String from) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/partnerships");
    request.setRemoteAddr(from);
    request.setServerName("service.example");
    request.setServerPort(8080);
    return request;
  }
}

package uk.missingchildren.response.shared.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The proxies in front of the service (a load balancer, a TLS terminator): addresses or ranges such
 * as {@code 10.0.0.5} or {@code 10.0.0.0/8}, from {@code TRUSTED_PROXIES}. Their X-Forwarded-*
 * headers are believed; anyone else's are removed.
 */
@ConfigurationProperties("app.proxies")
record ProxyProperties(List<String> trusted) {

  ProxyProperties {
    trusted =
        trusted == null
            ? List.of()
            : trusted.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}

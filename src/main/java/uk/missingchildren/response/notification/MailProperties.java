package uk.missingchildren.response.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How emails are addressed. {@code publicBaseUrl} is where people reach the service, used to build
 * every link in an email (never taken from the incoming request, which a client could forge).
 */
@ConfigurationProperties("app.mail")
public record MailProperties(String from, String publicBaseUrl) {

  /** An absolute link to a path of this service. */
  public String link(String path) {
    String base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    return base + path;
  }
}

package uk.missingchildren.response.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where people reach the service, for the links in emails: {@code PUBLIC_BASE_URL} when it is set
 * (never the incoming request's Host, which a client could forge). Without it, the address the
 * service is listening on on this machine, port included, so links work for whoever runs it
 * locally.
 */
@Component
public class ServiceAddress {

  private static final Logger log = LoggerFactory.getLogger(ServiceAddress.class);

  private final String configured;
  private volatile String listening = "http://localhost:8080";

  ServiceAddress(MailProperties properties) {
    String base = properties.publicBaseUrl() == null ? "" : properties.publicBaseUrl().strip();
    this.configured = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @EventListener
  void listening(WebServerInitializedEvent event) {
    if (!configured.isEmpty() || event.getWebServer().getPort() <= 0) {
      return;
    }
    listening = "http://localhost:" + event.getWebServer().getPort();
    log.warn(
        "PUBLIC_BASE_URL is not set: links in emails start with {}, which works only on this machine. "
            + "Set PUBLIC_BASE_URL to the address people use to reach the service (such as https://mcr.example.gov.uk) "
            + "wherever anyone else uses it.",
        listening);
  }

  /** An absolute link to a path of this service. */
  public String link(String path) {
    return (configured.isEmpty() ? listening : configured) + path;
  }
}

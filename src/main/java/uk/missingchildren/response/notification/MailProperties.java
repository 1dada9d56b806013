package uk.missingchildren.response.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How emails are addressed. {@code publicBaseUrl} is where people reach the service; empty when not
 * set, and then {@link ServiceAddress} uses the address the service listens on.
 */
@ConfigurationProperties("app.mail")
public record MailProperties(String from, String publicBaseUrl) {}

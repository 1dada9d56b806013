package uk.missingchildren.response.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The GOV.UK Frontend WebJar version, filled in from the build so the two never drift apart. */
@ConfigurationProperties("app.govuk-frontend")
public record GovukFrontendProperties(String version) {}

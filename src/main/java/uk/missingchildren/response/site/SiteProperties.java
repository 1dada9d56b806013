package uk.missingchildren.response.site;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings for the public site. */
@ConfigurationProperties("app.site")
public record SiteProperties(String feedbackEmail) {}

package uk.missingchildren.response.framework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the framework content is read from, and, when set, which version new assessments use
 * instead of the one {@code index.yaml} names (so a deployment can hold back or bring forward a
 * version without a new build).
 */
@ConfigurationProperties("app.framework")
public record FrameworkProperties(
    @DefaultValue("classpath:framework/") String location, String current) {}

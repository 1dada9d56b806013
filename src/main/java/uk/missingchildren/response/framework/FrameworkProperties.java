package uk.missingchildren.response.framework;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the framework content is read from. */
@ConfigurationProperties("app.framework")
public record FrameworkProperties(@DefaultValue("classpath:framework/") String location) {}

package uk.missingchildren.response.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo account ({@code app.demo}), set in the demo profile's part of {@code application.yaml}.
 * Both are printed at start-up; they are used only when the demonstration is first created.
 */
@ConfigurationProperties("app.demo")
public record DemoProperties(String email, String password) {}

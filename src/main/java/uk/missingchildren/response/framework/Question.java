package uk.missingchildren.response.framework;

/** A stage-one question, answered on the framework's answer scale. */
public record Question(String id, String themeId, String text, String hint) {}

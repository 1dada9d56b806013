package uk.missingchildren.response.framework;

/**
 * One option on an answer scale. {@code score} is null where the option carries no score (such as
 * "not applicable"); {@code unknown} marks "don't know", itself a finding.
 */
public record ScaleOption(
    String value, String label, String hint, Integer score, boolean unknown, boolean needsReason) {}

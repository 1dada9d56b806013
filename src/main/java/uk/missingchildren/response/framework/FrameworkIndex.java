package uk.missingchildren.response.framework;

import java.util.List;

/** The framework versions on file and the one new assessments use. */
public record FrameworkIndex(String current, List<String> versions) {}

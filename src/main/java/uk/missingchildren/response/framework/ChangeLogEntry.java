package uk.missingchildren.response.framework;

import java.time.LocalDate;
import java.util.List;

/** What changed in one version of the framework, and why. */
public record ChangeLogEntry(String version, LocalDate date, List<String> changes) {}

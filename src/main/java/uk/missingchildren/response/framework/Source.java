package uk.missingchildren.response.framework;

/** A document that items rest on; {@code year} and {@code url} may be unknown. */
public record Source(
    String key, String title, String publisher, Integer year, String url, SourceKind kind) {}

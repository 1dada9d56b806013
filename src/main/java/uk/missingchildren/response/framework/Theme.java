package uk.missingchildren.response.framework;

import java.util.List;

/** A thematic area: its stage-one questions and its stage-two checklist. */
public record Theme(
    String id,
    String slug,
    String title,
    String shortTitle,
    String description,
    List<Question> questions,
    Checklist checklist) {}

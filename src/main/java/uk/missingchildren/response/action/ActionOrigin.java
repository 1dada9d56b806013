package uk.missingchildren.response.action;

import java.time.LocalDate;

/**
 * Where an action came from, as its page shows it: the stage-one question (with the answer the
 * meeting agreed) or the checklist item (with how far it was met and its impact), the meeting it
 * was rated in, and a link there. {@code meetingDate} and {@code link} are null when that meeting
 * has since been deleted; the rating fields are null when nothing was recorded.
 */
public record ActionOrigin(
    ActionSource kind,
    String sourceId,
    String text,
    LocalDate meetingDate,
    Integer round,
    String link,
    String answer,
    String extent,
    String impact,
    String notApplicableReason) {}

package uk.missingchildren.response.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.Theme;

/**
 * What a stage-one meeting wrote as one question's actions arising, with what the action plan shows
 * beside it: the question (worded as in the benchmark's framework version), the answer agreed, and
 * who last saved it.
 *
 * @param answer the label of the answer agreed, or null if none was chosen
 * @param writtenBy the display name of who last saved the answer, or null if not known
 */
public record WrittenActionsArising(
    UUID benchmarkId,
    LocalDate meetingDate,
    boolean submitted,
    Question question,
    int number,
    Theme theme,
    String answer,
    String text,
    String writtenBy,
    Instant writtenAt) {}

package uk.missingchildren.response.meeting;

/**
 * What the shared attendee pages ({@code templates/meeting/}) need to know about the meeting they
 * belong to, a benchmark or a checklist review: its address, its caption, and the words of its back
 * and continue links.
 */
public record AttendeesPage(
    String path, String captionKey, Object[] captionArgs, String backKey, String continueKey) {}

package uk.missingchildren.response.checklist;

import java.time.LocalDate;

/** What starting a review needs: the meeting, and whether to begin from the last round's ratings. */
public record StartReview(String themeSlug, LocalDate meetingDate, String facilitator, String noteTaker, boolean fromLastRound) {}

package uk.missingchildren.response.agencyviews;

import uk.missingchildren.response.account.Agency;

/**
 * One person's view of one question as the room sees it.
 *
 * @param name who gave it, or null when the coordinator chose to show agencies only
 * @param answerLabel the answer in the framework's words
 * @param unknown whether it is the scale's "Don't know"
 * @param reason their reason, or null
 */
public record AgencyAnswer(
    Agency agency,
    String name,
    String answer,
    String answerLabel,
    boolean unknown,
    String reason) {}

package uk.missingchildren.response.review;

import java.time.LocalDate;

/**
 * An action already set from a checklist review or from stage one, as the review summary lists it.
 *
 * @param sourceId the checklist item or stage-one question it was set for
 * @param ownerKey the message key of the owning agency, or of the partnership
 * @param statusKey the message key of its status
 */
public record ReviewAction(
    String sourceId,
    String title,
    String ownerKey,
    String leadPerson,
    LocalDate dueDate,
    String statusKey) {}

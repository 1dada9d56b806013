package uk.missingchildren.response.action;

import java.time.LocalDate;
import uk.missingchildren.response.account.Agency;

/**
 * What a group decided about an action: a progress update, the status it is now, the impact so far,
 * and the owner, lead and due date it should have from now on (the same as before when not amended,
 * in which case no reason is needed).
 */
public record ActionChange(
    String progress,
    ActionStatus status,
    String impactStatement,
    ImpactRating impactRating,
    ActionOwner owner,
    Agency agency,
    String leadPerson,
    String leadEmail,
    LocalDate dueDate,
    String amendReason) {}

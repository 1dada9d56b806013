package uk.missingchildren.response.plan;

import java.time.LocalDate;
import java.util.UUID;
import uk.missingchildren.response.action.ActionSource;
import uk.missingchildren.response.action.ActionStatus;

/**
 * One action as every export of the plan shows it, with every word already chosen. Built only by
 * {@link PlanRows}; a new column is a field here, a line there and a constant in {@link
 * PlanColumn}.
 *
 * @param reference the action's short reference, "3F2A9C1D"
 * @param themeTitle the thematic area's title in the framework version the action was set against
 * @param sourceLabel "Checklist item T05-R01" or "Stage one question Q12"
 * @param sourceText the item's standard or the question, or null if that version no longer has it
 * @param owner "The partnership" or the agency's name
 * @param leadEmail null when none was given
 * @param overdue still open after its due date, as of the day of the export (UK time)
 * @param dateSet the day the action was set, in the UK
 * @param latestProgress the progress recorded most recently, or null if none has been
 * @param latestImpact the impact assessed most recently, "rating. statement", or null if none has
 *     been
 */
public record PlanRow(
    UUID actionId,
    String reference,
    String themeId,
    String themeTitle,
    ActionSource source,
    String sourceId,
    String sourceLabel,
    String sourceText,
    String title,
    String description,
    String owner,
    String leadPerson,
    String leadEmail,
    LocalDate dueDate,
    ActionStatus status,
    String statusLabel,
    boolean overdue,
    String successMeasure,
    LocalDate dateSet,
    String latestProgress,
    String latestImpact) {}

package uk.missingchildren.response.action;

import java.time.LocalDate;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/**
 * An action as it is set: where it came from ({@code reviewId} or {@code benchmarkId}, already
 * checked by the caller to belong to the partnership), what will be done, by whom and by when.
 */
public record NewAction(
    String themeId,
    ActionSource source,
    String sourceId,
    UUID reviewId,
    UUID benchmarkId,
    String title,
    String description,
    ActionOwner owner,
    Agency agency,
    String leadPerson,
    String leadEmail,
    LocalDate dueDate,
    String successMeasure) {

  /** An action with no email address for its lead: only the coordinators are reminded. */
  public NewAction(
      String themeId,
      ActionSource source,
      String sourceId,
      UUID reviewId,
      UUID benchmarkId,
      String title,
      String description,
      ActionOwner owner,
      Agency agency,
      String leadPerson,
      LocalDate dueDate,
      String successMeasure) {
    this(
        themeId,
        source,
        sourceId,
        reviewId,
        benchmarkId,
        title,
        description,
        owner,
        agency,
        leadPerson,
        null,
        dueDate,
        successMeasure);
  }
}

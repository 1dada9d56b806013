package uk.missingchildren.response.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import uk.missingchildren.response.account.Agency;

/**
 * What is sent from the "set an action" page. Owner and agency arrive as text so an unreadable value
 * gets a GOV.UK error rather than a conversion message; the agency select is always sent (it works
 * without JavaScript) and only counts when the owner is an agency. The due date is the three boxes
 * of the GOV.UK date input, checked by {@link ActionFormValidator}.
 */
public class ActionForm {

  static final int MAX_TEXT = 20_000;

  @NotBlank(message = "{action.error.titleMissing}")
  @Size(max = 200, message = "{action.error.titleTooLong}")
  private String title;

  @NotBlank(message = "{action.error.descriptionMissing}")
  @Size(max = MAX_TEXT, message = "{action.error.descriptionTooLong}")
  private String description;

  private String owner;
  private String agency;

  @NotBlank(message = "{action.error.leadPersonMissing}")
  @Size(max = 100, message = "{action.error.leadPersonTooLong}")
  private String leadPerson;

  private String dueDay;
  private String dueMonth;
  private String dueYear;

  @NotBlank(message = "{action.error.successMeasureMissing}")
  @Size(max = MAX_TEXT, message = "{action.error.successMeasureTooLong}")
  private String successMeasure;

  /** A form that starts from what a stage-one meeting wrote down as its actions arising. */
  static ActionForm describing(String actionsArising) {
    ActionForm form = new ActionForm();
    form.description = actionsArising;
    return form;
  }

  /** The due date typed, or null when it is incomplete or not a real date. */
  public LocalDate getDueDate() {
    try {
      return LocalDate.of(Integer.parseInt(dueYear.strip()), Integer.parseInt(dueMonth.strip()), Integer.parseInt(dueDay.strip()));
    } catch (NullPointerException | NumberFormatException | DateTimeException e) {
      return null;
    }
  }

  /** The owner chosen, or null if none (or an unknown one) was sent. */
  ActionOwner ownerChosen() {
    return Arrays.stream(ActionOwner.values()).filter(o -> o.name().equals(owner)).findFirst().orElse(null);
  }

  Agency agencyChosen() {
    return Arrays.stream(Agency.values()).filter(a -> a.name().equals(agency)).findFirst().orElse(null);
  }

  /** The action to create; call only once the form has been validated. */
  NewAction newAction(String themeId, ActionSource source, String sourceId, UUID reviewId, UUID benchmarkId) {
    ActionOwner chosen = ownerChosen();
    return new NewAction(themeId, source, sourceId, reviewId, benchmarkId, title.strip(), text(description), chosen,
        chosen == ActionOwner.AGENCY ? agencyChosen() : null, leadPerson.strip(), getDueDate(), text(successMeasure));
  }

  private static String text(String typed) {
    return typed.replace("\r\n", "\n").strip();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public String getLeadPerson() {
    return leadPerson;
  }

  public void setLeadPerson(String leadPerson) {
    this.leadPerson = leadPerson;
  }

  public String getDueDay() {
    return dueDay;
  }

  public void setDueDay(String dueDay) {
    this.dueDay = dueDay;
  }

  public String getDueMonth() {
    return dueMonth;
  }

  public void setDueMonth(String dueMonth) {
    this.dueMonth = dueMonth;
  }

  public String getDueYear() {
    return dueYear;
  }

  public void setDueYear(String dueYear) {
    this.dueYear = dueYear;
  }

  public String getSuccessMeasure() {
    return successMeasure;
  }

  public void setSuccessMeasure(String successMeasure) {
    this.successMeasure = successMeasure;
  }
}

package uk.missingchildren.response.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import uk.missingchildren.response.account.Agency;
import uk.missingchildren.response.account.EmailAddresses;
import uk.missingchildren.response.shared.forms.DateInput;

/**
 * Who owns an action, who leads it and when it is due: the fields shared by setting an action and
 * updating one. Owner and agency arrive as text so an unreadable value gets a GOV.UK error rather
 * than a conversion message; the agency select is always sent (it works without JavaScript) and
 * only counts when the owner is an agency. The due date is the three boxes of the GOV.UK date
 * input, checked by {@link ActionFormValidator}.
 */
public abstract class ActionAssignmentForm {

  private String owner;
  private String agency;

  @NotBlank(message = "{action.error.leadPersonMissing}")
  @Size(max = 100, message = "{action.error.leadPersonTooLong}")
  private String leadPerson;

  @Size(max = 320, message = "{action.error.leadEmailTooLong}")
  @Pattern(regexp = EmailAddresses.PATTERN_WHEN_GIVEN, message = "{action.error.leadEmailInvalid}")
  private String leadEmail;

  private String dueDay;
  private String dueMonth;
  private String dueYear;

  void assign(Action action) {
    owner = action.owner().name();
    agency = action.agency() == null ? null : action.agency().name();
    leadPerson = action.leadPerson();
    leadEmail = action.leadEmail();
    dueDay = String.valueOf(action.dueDate().getDayOfMonth());
    dueMonth = String.valueOf(action.dueDate().getMonthValue());
    dueYear = String.valueOf(action.dueDate().getYear());
  }

  /** The due date typed, or null when it is incomplete or not a real date. */
  public LocalDate getDueDate() {
    return DateInput.date(dueDay, dueMonth, dueYear);
  }

  /** The owner chosen, or null if none (or an unknown one) was sent. */
  ActionOwner ownerChosen() {
    return Arrays.stream(ActionOwner.values())
        .filter(o -> o.name().equals(owner))
        .findFirst()
        .orElse(null);
  }

  Agency agencyChosen() {
    return Arrays.stream(Agency.values())
        .filter(a -> a.name().equals(agency))
        .findFirst()
        .orElse(null);
  }

  static String cleanEmail(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
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

  public String getLeadEmail() {
    return leadEmail;
  }

  public void setLeadEmail(String leadEmail) {
    this.leadEmail = leadEmail;
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
}

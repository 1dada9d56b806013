package uk.missingchildren.response.action;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import uk.missingchildren.response.shared.forms.DateInput;

/**
 * The rules that depend on more than one field or on today: an agency-owned action names its
 * agency, and the due date follows the GOV.UK date input rules (say which part is missing, or that
 * it is not a real date) and is not in the past.
 */
final class ActionFormValidator implements Validator {

  private final LocalDate today;
  private final LocalDate currentDue;

  ActionFormValidator(LocalDate today) {
    this(today, null);
  }

  /** For an existing action: its current due date stays acceptable even once it has passed. */
  ActionFormValidator(LocalDate today, LocalDate currentDue) {
    this.today = today;
    this.currentDue = currentDue;
  }

  @Override
  public boolean supports(Class<?> type) {
    return ActionAssignmentForm.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    ActionAssignmentForm form = (ActionAssignmentForm) target;
    ActionOwner owner = form.ownerChosen();
    if (owner == null) {
      errors.rejectValue("owner", "action.error.ownerMissing");
    } else if (owner == ActionOwner.AGENCY && form.agencyChosen() == null) {
      errors.rejectValue("agency", "action.error.agencyMissing");
    }
    validateDueDate(form, errors);
  }

  private void validateDueDate(ActionAssignmentForm form, Errors errors) {
    Optional<DateInput.Problem> problem =
        DateInput.problem(form.getDueDay(), form.getDueMonth(), form.getDueYear());
    if (problem.isPresent()) {
      errors.rejectValue("dueDate", "action.error.dueDate" + problem.get().suffix());
    } else if (form.getDueDate().isBefore(today) && !form.getDueDate().equals(currentDue)) {
      errors.rejectValue("dueDate", "action.error.dueDateInPast");
    }
  }
}

package uk.missingchildren.response.action;

import java.time.LocalDate;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The update rules as GOV.UK errors, one per field, before {@link Action#apply} enforces them: the
 * owner, lead and due date rules of setting an action (an overdue action may keep its date), a
 * status and, for closing, the impact achieved; an impact statement with its rating; a reason for
 * any amendment; and something to record.
 */
final class ActionUpdateValidator implements Validator {

  private final Action action;
  private final ActionFormValidator assignment;

  ActionUpdateValidator(LocalDate today, Action action) {
    this.action = action;
    this.assignment = new ActionFormValidator(today, action.dueDate());
  }

  @Override
  public boolean supports(Class<?> type) {
    return ActionUpdateForm.class.isAssignableFrom(type);
  }

  @Override
  public void validate(Object target, Errors errors) {
    ActionUpdateForm form = (ActionUpdateForm) target;
    assignment.validate(form, errors);
    ActionStatus status = form.statusChosen();
    boolean impact = present(form.getImpactStatement());
    if (status == null) {
      errors.rejectValue("status", "update.error.statusMissing");
    } else if (status == ActionStatus.CLOSED && !impact) {
      errors.rejectValue("impactStatement", "update.error.closeWithoutImpact");
    } else if (!impact && form.impactRatingChosen() != null) {
      errors.rejectValue("impactStatement", "update.error.impactStatementMissing");
    }
    if (impact && form.impactRatingChosen() == null) {
      errors.rejectValue("impactRating", "update.error.impactRatingMissing");
    }
    if (errors.hasErrors()) {
      return;
    }
    ActionChange change = form.change();
    boolean amended = action.amends(change);
    if (amended && !present(form.getAmendReason())) {
      errors.rejectValue("amendReason", "update.error.reasonMissing");
    } else if (!amended && !impact && change.progress() == null && status == action.status()) {
      errors.rejectValue("progress", "update.error.nothing");
    }
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}

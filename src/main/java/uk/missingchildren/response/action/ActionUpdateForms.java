package uk.missingchildren.response.action;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Checking and reading an update form, for the pages that show one: the action's own and a
 * follow-up meeting's.
 */
@Component
public class ActionUpdateForms {

  private final ActionService actions;

  ActionUpdateForms(ActionService actions) {
    this.actions = actions;
  }

  public void validate(ActionUpdateForm form, Errors errors, Action action) {
    new ActionUpdateValidator(actions.today(), action).validate(form, errors);
  }

  /** The decision the form records; call only once it has been validated. */
  public ActionChange change(ActionUpdateForm form) {
    return form.change();
  }

  /** After a clash the form keeps what was typed, now based on the action as it is. */
  public void rebase(ActionUpdateForm form, Action action) {
    form.rebase(action);
  }
}

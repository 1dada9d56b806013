package uk.missingchildren.response.action;

import java.util.Arrays;
import java.util.List;
import org.springframework.ui.Model;
import uk.missingchildren.response.account.Agency;

/**
 * What the update fields ({@code templates/action/update-fields.html}) need, wherever they are
 * shown: on the action's own page or at a follow-up meeting.
 */
public final class UpdateFormModel {

  private UpdateFormModel() {}

  /**
   * @param clash whether the form was sent from an out-of-date page: the latest update is then
   *     shown above the form, which keeps what was typed
   */
  public static void add(
      Model model,
      Action action,
      ActionUpdateForm form,
      boolean clash,
      List<ActionUpdate> history) {
    model.addAttribute("action", action);
    model.addAttribute("updateForm", form);
    model.addAttribute("clash", clash);
    model.addAttribute("latest", history.isEmpty() ? null : history.get(history.size() - 1));
    model.addAttribute("statuses", Arrays.stream(ActionStatus.values()).map(Enum::name).toList());
    model.addAttribute(
        "impactRatings", Arrays.stream(ImpactRating.values()).map(Enum::name).toList());
    model.addAttribute("owners", Arrays.stream(ActionOwner.values()).map(Enum::name).toList());
    model.addAttribute("agencies", Arrays.stream(Agency.values()).map(Enum::name).toList());
  }
}

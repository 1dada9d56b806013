package uk.missingchildren.response.action;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.PersonalDataHolder;

/**
 * What actions keep about a person whose account is deleted: their address as an action's lead (for
 * reminders) is removed, an action they lead by name is led by "a former member", and the updates
 * they recorded are shown as recorded by a former member.
 */
@Component
class ActionPeoplePersonalData implements PersonalDataHolder {

  private final JdbcTemplate jdbc;

  ActionPeoplePersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(UUID accountId, String email, String name, String formerMember) {
    jdbc.update(
        "UPDATE partnership_action SET lead_email = NULL WHERE LOWER(lead_email) = ?", email);
    jdbc.update(
        "UPDATE partnership_action SET lead_person = ? WHERE LOWER(lead_person) = LOWER(?)",
        formerMember,
        name);
    jdbc.update(
        "UPDATE action_update SET recorded_by_email = ? WHERE LOWER(recorded_by_email) = ?",
        formerMember,
        email);
  }
}

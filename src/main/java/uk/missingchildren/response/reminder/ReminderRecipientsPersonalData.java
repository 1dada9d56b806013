package uk.missingchildren.response.reminder;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.PersonalDataHolder;

/**
 * The record of who each reminder went to names a person whose account is deleted as a former
 * member.
 */
@Component
class ReminderRecipientsPersonalData implements PersonalDataHolder {

  private final JdbcTemplate jdbc;

  ReminderRecipientsPersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(UUID accountId, String email, String name, String formerMember) {
    jdbc.update(
        "UPDATE action_reminder SET recipients = REPLACE(LOWER(recipients), ?, ?) WHERE LOWER(recipients) LIKE ?",
        email,
        formerMember,
        "%" + email + "%");
  }
}

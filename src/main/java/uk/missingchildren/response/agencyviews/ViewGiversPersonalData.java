package uk.missingchildren.response.agencyviews;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.account.PersonalDataHolder;

/**
 * What the agencies' views keep about a person whose account is deleted: wherever they were asked
 * for their views by their address, the address goes and the views stand, given by "a former
 * member".
 */
@Component
class ViewGiversPersonalData implements PersonalDataHolder {

  private final JdbcTemplate jdbc;

  ViewGiversPersonalData(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void erase(UUID accountId, String email, String name, String formerMember) {
    jdbc.update(
        "UPDATE view_giver SET name = ?, email = NULL, account_id = NULL"
            + " WHERE account_id = ? OR LOWER(email) = ?",
        formerMember,
        accountId,
        email);
  }
}

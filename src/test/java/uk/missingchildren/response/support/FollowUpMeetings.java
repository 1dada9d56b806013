package uk.missingchildren.response.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Follow-up meetings started through their real form, for tests that are not about starting. */
public final class FollowUpMeetings {

  private FollowUpMeetings() {}

  /**
   * Starts a follow-up meeting on {@code date} reviewing the actions {@code scope} picks (such as
   * {@code ALL_OPEN}) and returns its path, "/partnerships/…/follow-ups/…".
   */
  public static String start(
      SiteVisitor visitor, UUID partnershipId, LocalDate date, String scope) {
    HttpResponse<String> started =
        visitor.submitForm(
            "/partnerships/" + partnershipId + "/follow-ups/new",
            "#start-follow-up",
            MeetingDetailsFields.of(date, "Fay", "Ned", Map.of("scope", scope)));
    String location =
        started
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Starting a follow-up did not redirect: " + started.statusCode()));
    return location.substring(location.indexOf("/partnerships/")).replaceFirst("/attendees$", "");
  }
}

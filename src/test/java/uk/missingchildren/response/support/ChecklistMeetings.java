package uk.missingchildren.response.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs stage-two checklist reviews through the real pages, as a facilitator's browser would. */
public final class ChecklistMeetings {

  private static final Pattern REVIEW_PATH =
      Pattern.compile("/partnerships/([0-9a-f-]{36})/reviews/([0-9a-f-]{36})");

  private ChecklistMeetings() {}

  /** Starts a review of one area's checklist and returns its path, "/partnerships/…/reviews/…". */
  public static String start(
      SiteVisitor visitor,
      UUID partnershipId,
      String slug,
      LocalDate meetingDate,
      String startFrom) {
    HttpResponse<String> started =
        visitor.submitForm(
            "/partnerships/" + partnershipId + "/checklists/" + slug + "/reviews/new",
            "#start-review",
            MeetingDetailsFields.of(
                meetingDate, "Fran Facilitator", "Nat Notes", Map.of("startFrom", startFrom)));
    return reviewPath(
        started
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Starting a review did not redirect: " + started.statusCode())));
  }

  public static String reviewPath(String anyUrlWithin) {
    Matcher matcher = REVIEW_PATH.matcher(anyUrlWithin);
    if (!matcher.find()) {
      throw new AssertionError("No review path in " + anyUrlWithin);
    }
    return matcher.group();
  }

  public static UUID reviewId(String reviewPath) {
    return UUID.fromString(reviewPath.substring(reviewPath.lastIndexOf('/') + 1));
  }

  /** Rates one item through its form on its section page, as its Save button would. */
  public static HttpResponse<String> rate(
      SiteVisitor visitor,
      String reviewPath,
      String section,
      String itemId,
      String extent,
      String impact,
      String reason,
      String evidence) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (extent != null) {
      fields.put("extent", extent);
    }
    if (impact != null) {
      fields.put("impact", impact);
    }
    fields.put("reason", reason == null ? "" : reason);
    fields.put("evidence", evidence == null ? "" : evidence);
    return visitor.submitForm(
        reviewPath + "/sections/" + section, "form[id='" + itemId + "']", fields);
  }
}

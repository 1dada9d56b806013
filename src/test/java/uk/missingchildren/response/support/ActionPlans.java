package uk.missingchildren.response.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Actions set the way a partnership sets them: from a rated checklist item, through the form. */
public final class ActionPlans {

  private ActionPlans() {}

  /**
   * Starts a review of Return home interviews, rates its first required item and sets an action
   * called {@code title} from it, owned by the partnership and due in six months; returns its id.
   */
  public static UUID givenAction(SiteVisitor visitor, UUID partnershipId, String title) {
    String review =
        ChecklistMeetings.start(
            visitor, partnershipId, "return-home-interviews", LocalDate.of(2026, 11, 9), "blank");
    ChecklistMeetings.rate(
        visitor, review, "required", "T05-R01", "not_met", "high", "Reason", "Evidence");
    LocalDate due = LocalDate.now().plusMonths(6);
    HttpResponse<String> set =
        visitor.submitForm(
            review + "/items/T05-R01/actions/new",
            "#set-action",
            Map.of(
                "title", title,
                "description", "What will be done, in detail",
                "owner", "PARTNERSHIP",
                "agency", "",
                "leadPerson", "Rhi Lead",
                "dueDay", String.valueOf(due.getDayOfMonth()),
                "dueMonth", String.valueOf(due.getMonthValue()),
                "dueYear", String.valueOf(due.getYear()),
                "successMeasure", "Measured monthly"));
    if (set.statusCode() != 302) {
      throw new AssertionError("Setting " + title + " failed: " + set.statusCode());
    }
    Element link =
        Jsoup.parse(visitor.get("/partnerships/" + partnershipId + "/actions").body())
            .select("a[href*=/actions/]")
            .stream()
            .filter(a -> a.text().equals(title))
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("No action called " + title + " in the register"));
    String href = link.attr("href");
    return UUID.fromString(href.substring(href.lastIndexOf('/') + 1));
  }
}

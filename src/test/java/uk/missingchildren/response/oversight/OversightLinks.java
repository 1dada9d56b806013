package uk.missingchildren.response.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import uk.missingchildren.response.support.SiteVisitor;

/** A group's joining link made by its lead, and a partnership joining with it, over HTTP. */
final class OversightLinks {

  private OversightLinks() {}

  /** A new group led by {@code lead}; returns its id. */
  static UUID group(SiteVisitor lead, String name) {
    HttpResponse<String> created =
        lead.submitForm("/oversight/new", "main form", Map.of("name", name, "kind", "REGION"));
    String location = created.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  /** A new joining link's path, made on the group's members page. */
  static String invite(SiteVisitor lead, UUID groupId) {
    lead.submitForm("/oversight/" + groupId + "/members", "form[action$=/invitations]", Map.of());
    String link =
        Jsoup.parse(lead.get("/oversight/" + groupId + "/members").body())
            .select("#joining-link-value")
            .val();
    return link.replaceFirst("^https?://[^/]+", "");
  }

  static void join(
      SiteVisitor coordinator, String link, UUID partnershipId, Map<String, String> choices) {
    Map<String, String> fields = new HashMap<>(choices);
    fields.put("partnershipId", partnershipId.toString());
    HttpResponse<String> joined = coordinator.submitForm(link, "main form", fields);
    assertThat(joined.headers().firstValue("Location"))
        .as(Jsoup.parse(joined.body()).select(".govuk-error-summary").text())
        .hasValue("/partnerships/" + partnershipId + "/oversight");
  }
}

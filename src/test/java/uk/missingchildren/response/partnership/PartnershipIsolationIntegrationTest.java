package uk.missingchildren.response.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.support.IntegrationTest;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.TestUsers;

/**
 * One partnership never sees another's data: a member of partnership A asking for any
 * partnership-scoped route with partnership B's ids gets 404, and nothing of B in the response.
 * Routes are read from the application itself, so a new route is covered as soon as it exists.
 */
class PartnershipIsolationIntegrationTest extends IntegrationTest {

  @Autowired TestUsers users;
  @Autowired Memberships memberships;
  @Autowired Invitations invitations;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping handlerMapping;

  @Test
  void aMemberOfAnotherPartnership_getsNotFoundForEveryPartnershipRoute_andSeesNothingOfIt() {
    Account bob = users.givenAccount("Bob Other");
    SiteVisitor bobVisitor = users.signedIn(url(""), bob);
    UUID partnershipB = create(bobVisitor, "Secret Other Partnership");
    bobVisitor.submitForm("/partnerships/" + partnershipB + "/members/invite", "main form",
        Map.of("email", "pending.person@example.org", "role", "MEMBER"));
    UUID memberB = memberships.findByPartnershipIdAndAccountId(partnershipB, bob.id()).orElseThrow().id();
    UUID invitationB = invitations
        .findByPartnershipIdAndAcceptedAtIsNullAndWithdrawnAtIsNullOrderByCreatedAtAsc(partnershipB).get(0).id();

    SiteVisitor alice = users.signedIn(url(""), users.givenAccount("Alice Member"));
    create(alice, "Alice's Own Partnership");
    String csrf = Jsoup.parse(alice.get("/partnerships").body()).selectFirst("input[name=_csrf]").val();

    List<String> checked = new ArrayList<>();
    handlerMapping.getHandlerMethods().forEach((info, method) -> {
      for (String pattern : info.getPatternValues()) {
        if (!pattern.contains("{partnershipId}")) {
          continue;
        }
        String path = pattern.replace("{partnershipId}", partnershipB.toString())
            .replace("{membershipId}", memberB.toString())
            .replace("{invitationId}", invitationB.toString())
            .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var methods = info.getMethodsCondition().getMethods();
        if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
          assertIsolated(alice.get(path), "GET " + path, bob);
          checked.add("GET " + pattern);
        }
        if (methods.contains(RequestMethod.POST)) {
          assertIsolated(alice.post(path, Map.of("_csrf", csrf, "role", "COORDINATOR", "email", "x@example.org")),
              "POST " + path, bob);
          checked.add("POST " + pattern);
        }
      }
    });

    System.out.println("==> Isolation checked on " + checked.size() + " partnership routes: " + checked);
    assertThat(checked).hasSizeGreaterThanOrEqualTo(11);
    assertThat(memberships.findByPartnershipIdOrderByJoinedAtAsc(partnershipB)).hasSize(1);
    assertThat(invitations.findById(invitationB).orElseThrow().pending(java.time.Instant.now())).isTrue();
  }

  private static void assertIsolated(HttpResponse<String> response, String request, Account owner) {
    assertThat(response.statusCode()).as(request).isEqualTo(404);
    assertThat(response.body()).as(request)
        .doesNotContain("Secret Other Partnership")
        .doesNotContain(owner.email())
        .doesNotContain("pending.person@example.org");
  }

  private UUID create(SiteVisitor visitor, String name) {
    String location = visitor.submitForm("/partnerships/new", "main form", Map.of(
        "name", name, "localAuthorityAreas", "Somewhere Council", "policeForceArea", "Somewhere Police"))
        .headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }
}

package uk.missingchildren.response.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.missingchildren.response.account.Account;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.SmtpIntegrationTest;
import uk.missingchildren.response.support.TestSmtpServer;
import uk.missingchildren.response.support.TestUsers;

class PartnershipMembersIntegrationTest extends SmtpIntegrationTest {

  @Autowired TestUsers users;
  @Autowired Memberships memberships;
  @Autowired AuditEvents audit;

  @Test
  void registeringAPartnership_makesTheRegistrarItsCoordinator() {
    Account coordinator = users.givenAccount("Casey Coordinator");
    SiteVisitor visitor = users.signedIn(url(""), coordinator);

    UUID partnershipId = givenPartnership(visitor, "Northshire Safeguarding Children Partnership");

    Document home = Jsoup.parse(visitor.get("/partnerships/" + partnershipId).body());
    assertThat(home.select("h1").text()).isEqualTo("Northshire Safeguarding Children Partnership");
    assertThat(home.text())
        .contains("Coordinator", "Northshire County Council", "Northshire Police");
    assertThat(home.select(".govuk-notification-banner"))
        .as("no banner unless they have just joined")
        .isEmpty();
    assertThat(
            memberships
                .findByPartnershipIdAndAccountId(partnershipId, coordinator.id())
                .orElseThrow()
                .role())
        .isEqualTo(Role.COORDINATOR);
  }

  @Test
  void aPersonCanBelongToSeveralPartnerships_andSwitchBetweenThem() {
    SiteVisitor visitor = users.signedIn(url(""), users.givenAccount("Pat Police Lead"));
    UUID first = givenPartnership(visitor, "Alpha Partnership");
    UUID second = givenPartnership(visitor, "Beta Partnership");

    Document list = Jsoup.parse(visitor.get("/partnerships").body());

    assertThat(list.select(".app-partnership-list a").eachAttr("href"))
        .containsExactly("/partnerships/" + first, "/partnerships/" + second);
  }

  @Test
  void anInvitationToSomeoneWithoutAnAccount_letsThemRegisterAndJoinWithTheInvitedRole() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = givenPartnership(coordinator, "Invite Partnership");

    invite(coordinator, partnershipId, "new.colleague@example.org", "MEMBER");
    String invitationLink =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo("new.colleague@example.org", 1).get(0), "/invitations/");

    SiteVisitor invitee = new SiteVisitor(url(""));
    Document invitation = Jsoup.parse(invitee.get(invitationLink).body());
    assertThat(invitation.text()).contains("Invite Partnership", "Member");
    invitee.submitForm(
        "/register",
        "main form",
        Map.of(
            "displayName",
            "New Colleague",
            "email",
            "new.colleague@example.org",
            "password",
            TestUsers.PASSWORD));
    String confirm =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo("new.colleague@example.org", 2).get(1), "/verify-email/");
    invitee.get(confirm);
    HttpResponse<String> signedIn =
        invitee.submitForm(
            "/sign-in",
            "main form",
            Map.of("email", "new.colleague@example.org", "password", TestUsers.PASSWORD));
    assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains(invitationLink);

    HttpResponse<String> accepted = invitee.submitForm(invitationLink, "main form", Map.of());

    assertThat(accepted.headers().firstValue("Location").orElseThrow())
        .contains("/partnerships/" + partnershipId);
    Document joinedHome =
        Jsoup.parse(invitee.get("/partnerships/" + partnershipId + "?joined").body());
    assertThat(joinedHome.select(".govuk-notification-banner").text())
        .contains("You have joined the partnership");
    Document members =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/members").body());
    assertThat(members.select("tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains("New Colleague", "Member"));
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .extracting(e -> e.action())
        .contains("PARTNERSHIP_CREATED", "INVITATION_SENT", "INVITATION_ACCEPTED");
  }

  @Test
  void anInvitationToSomeoneWithAnAccount_letsThemJoinStraightAway_andWorksOnlyOnce() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = givenPartnership(coordinator, "Existing Account Partnership");
    Account existing = users.givenAccount("Erin Existing");

    invite(coordinator, partnershipId, existing.email(), "VIEWER");
    String link =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo(existing.email(), 1).get(0), "/invitations/");
    SiteVisitor invitee = users.signedIn(url(""), existing);
    invitee.submitForm(link, "main form", Map.of());

    assertThat(
            memberships
                .findByPartnershipIdAndAccountId(partnershipId, existing.id())
                .orElseThrow()
                .role())
        .isEqualTo(Role.VIEWER);
    assertThat(Jsoup.parse(invitee.get(link).body()).select("h1").text())
        .isEqualTo("This invitation has expired or has already been used");
  }

  @Test
  void resendingAnInvitation_replacesItsLink_andWithdrawingItStopsIt() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = givenPartnership(coordinator, "Resend Partnership");
    invite(coordinator, partnershipId, "resend.me@example.org", "MEMBER");
    String firstLink =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo("resend.me@example.org", 1).get(0), "/invitations/");

    coordinator.submitForm(
        "/partnerships/" + partnershipId + "/members", "form[action$=/resend]", Map.of());
    String secondLink =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo("resend.me@example.org", 2).get(1), "/invitations/");
    SiteVisitor invitee = new SiteVisitor(url(""));
    assertThat(Jsoup.parse(invitee.get(firstLink).body()).select("h1").text())
        .startsWith("This invitation has expired");
    assertThat(Jsoup.parse(invitee.get(secondLink).body()).select("h1").text())
        .isEqualTo("You have been invited to join a partnership");

    coordinator.submitForm(
        "/partnerships/" + partnershipId + "/members", "form[action$=/withdraw]", Map.of());

    assertThat(Jsoup.parse(invitee.get(secondLink).body()).select("h1").text())
        .startsWith("This invitation has expired");
  }

  @Test
  void aViewerCannotChangeAnything_andAMemberCannotManageMembers() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = givenPartnership(coordinator, "Roles Partnership");
    Account member = joined(coordinator, partnershipId, "Morgan Member", "MEMBER");
    Account viewer = joined(coordinator, partnershipId, "Vic Viewer", "VIEWER");
    UUID coordinatorMembership =
        memberships.findByPartnershipIdOrderByJoinedAtAsc(partnershipId).get(0).id();

    for (Account account : new Account[] {member, viewer}) {
      SiteVisitor visitor = users.signedIn(url(""), account);
      Document members =
          Jsoup.parse(visitor.get("/partnerships/" + partnershipId + "/members").body());
      assertThat(members.select("a[href$=/invite], a[href$=/role], a[href$=/remove]"))
          .as(account.displayName())
          .isEmpty();
      assertThat(visitor.get("/partnerships/" + partnershipId + "/members/invite").statusCode())
          .isEqualTo(403);
      String token =
          Jsoup.parse(visitor.get("/partnerships/" + partnershipId).body())
              .selectFirst("input[name=_csrf]")
              .val();
      assertThat(
              visitor
                  .post(
                      "/partnerships/" + partnershipId + "/members/invite",
                      Map.of("_csrf", token, "email", "x@example.org", "role", "COORDINATOR"))
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              visitor
                  .post(
                      "/partnerships/"
                          + partnershipId
                          + "/members/"
                          + coordinatorMembership
                          + "/role",
                      Map.of("_csrf", token, "role", "VIEWER"))
                  .statusCode())
          .isEqualTo(403);
      assertThat(
              visitor
                  .post(
                      "/partnerships/"
                          + partnershipId
                          + "/members/"
                          + coordinatorMembership
                          + "/remove",
                      Map.of("_csrf", token))
                  .statusCode())
          .isEqualTo(403);
      assertThat(visitor.get("/partnerships/" + partnershipId + "/audit-log").statusCode())
          .isEqualTo(403);
    }
    assertThat(memberships.findByPartnershipIdOrderByJoinedAtAsc(partnershipId))
        .extracting(Membership::role)
        .containsExactly(Role.COORDINATOR, Role.MEMBER, Role.VIEWER);
  }

  @Test
  void theLastCoordinator_cannotBeDemotedOrRemoved_untilThereIsAnother() {
    Account casey = users.givenAccount("Casey Coordinator");
    SiteVisitor coordinator = users.signedIn(url(""), casey);
    UUID partnershipId = givenPartnership(coordinator, "Last Coordinator Partnership");
    UUID own =
        memberships.findByPartnershipIdAndAccountId(partnershipId, casey.id()).orElseThrow().id();
    String rolePage = "/partnerships/" + partnershipId + "/members/" + own + "/role";

    Document refused =
        Jsoup.parse(coordinator.submitForm(rolePage, "main form", Map.of("role", "MEMBER")).body());
    assertThat(refused.select(".govuk-error-summary").text())
        .contains("A partnership must have at least one coordinator");
    Document removeRefused =
        Jsoup.parse(
            coordinator
                .submitForm(rolePage.replace("/role", "/remove"), "main form", Map.of())
                .body());
    assertThat(removeRefused.select(".govuk-error-summary").text())
        .contains("at least one coordinator");

    Account other = joined(coordinator, partnershipId, "Other Coordinator", "COORDINATOR");
    HttpResponse<String> demoted =
        coordinator.submitForm(rolePage, "main form", Map.of("role", "MEMBER"));

    assertThat(demoted.statusCode()).isEqualTo(302);
    assertThat(
            memberships
                .findByPartnershipIdAndAccountId(partnershipId, casey.id())
                .orElseThrow()
                .role())
        .isEqualTo(Role.MEMBER);
    assertThat(
            memberships
                .findByPartnershipIdAndAccountId(partnershipId, other.id())
                .orElseThrow()
                .role())
        .isEqualTo(Role.COORDINATOR);
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .anySatisfy(
            e ->
                assertThat(e.action() + " " + e.subject() + " " + e.details())
                    .isEqualTo("ROLE_CHANGED " + casey.email() + " COORDINATOR to MEMBER"));
  }

  @Test
  void aCoordinatorCanRemoveAMember_andTheRemovalIsAudited() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = givenPartnership(coordinator, "Removal Partnership");
    Account member = joined(coordinator, partnershipId, "Leaving Member", "MEMBER");
    UUID membershipId =
        memberships.findByPartnershipIdAndAccountId(partnershipId, member.id()).orElseThrow().id();

    coordinator.submitForm(
        "/partnerships/" + partnershipId + "/members/" + membershipId + "/remove",
        "main form",
        Map.of());

    assertThat(memberships.findByPartnershipIdAndAccountId(partnershipId, member.id())).isEmpty();
    assertThat(users.signedIn(url(""), member).get("/partnerships/" + partnershipId).statusCode())
        .isEqualTo(404);
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnershipId))
        .anySatisfy(
            e ->
                assertThat(e.action() + " " + e.subject())
                    .isEqualTo("MEMBER_REMOVED " + member.email()));
    Document log =
        Jsoup.parse(coordinator.get("/partnerships/" + partnershipId + "/audit-log").body());
    assertThat(log.select("tbody tr").eachText())
        .anySatisfy(row -> assertThat(row).contains("Member removed", member.email()));
  }

  @Test
  void invitingWithoutAnAddressOrRole_explainsWhatIsMissing() {
    SiteVisitor coordinator = users.signedIn(url(""), users.givenAccount("Casey Coordinator"));
    UUID partnershipId = givenPartnership(coordinator, "Validation Partnership");

    Document page =
        Jsoup.parse(
            coordinator
                .submitForm(
                    "/partnerships/" + partnershipId + "/members/invite",
                    "main form",
                    Map.of("email", "not an email"))
                .body());

    assertThat(page.select(".govuk-error-summary a").eachText())
        .containsExactlyInAnyOrder(
            "Enter an email address in the correct format, like name@example.com",
            "Select what they can do");
    assertThat(page.getElementById("email").val()).isEqualTo("not an email");
  }

  UUID givenPartnership(SiteVisitor visitor, String name) {
    HttpResponse<String> created =
        visitor.submitForm(
            "/partnerships/new",
            "main form",
            Map.of(
                "name",
                name,
                "localAuthorityAreas",
                "Northshire County Council",
                "policeForceArea",
                "Northshire Police"));
    String location = created.headers().firstValue("Location").orElseThrow();
    return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
  }

  void invite(SiteVisitor coordinator, UUID partnershipId, String email, String role) {
    HttpResponse<String> response =
        coordinator.submitForm(
            "/partnerships/" + partnershipId + "/members/invite",
            "main form",
            Map.of("email", email, "role", role));
    assertThat(response.statusCode()).isEqualTo(302);
  }

  Account joined(SiteVisitor coordinator, UUID partnershipId, String name, String role) {
    Account account = users.givenAccount(name);
    invite(coordinator, partnershipId, account.email(), role);
    String link =
        TestSmtpServer.linkIn(
            TestSmtpServer.messagesTo(account.email(), 1).get(0), "/invitations/");
    users.signedIn(url(""), account).submitForm(link, "main form", Map.of());
    return account;
  }
}

package uk.missingchildren.response.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import uk.missingchildren.response.action.Action;
import uk.missingchildren.response.audit.AuditEvent;
import uk.missingchildren.response.audit.AuditEvents;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.SmtpIntegrationTest;
import uk.missingchildren.response.support.TestSmtpServer;

/**
 * Reminders about actions, with the application's clock moved from day to day and email going to a
 * real SMTP server: who gets them, when, and that each goes once; and the page that lists them.
 */
@Import(MovableClock.Config.class)
class ActionRemindersIntegrationTest extends SmtpIntegrationTest {

  @Autowired ApplicationContext app;
  @Autowired MovableClock clock;
  @Autowired ReminderJob job;
  @Autowired ReminderService reminders;
  @Autowired AuditEvents audit;
  @Autowired SpringTemplateEngine templates;
  @Autowired JdbcTemplate jdbc;

  private ReminderFixtures fixtures;
  private LocalDate today;

  @BeforeEach
  void startToday() {
    clock.moveTo(LocalDate.now(MovableClock.UK));
    today = clock.today();
    fixtures = new ReminderFixtures(app, url(""));
  }

  @Test
  void
      anAction_isRemindedSevenDaysBeforeItIsDue_andWhenOverdue_onceEach_toItsLeadAndActiveCoordinators() {
    ReminderFixtures.Partnership partnership = fixtures.givenPartnership("Reminded Partnership");
    String lead = fixtures.uniqueEmail("lee.lead");
    Action action =
        fixtures.givenAction(
            partnership, "Agree an RHI offer with the police", today.plusDays(10), lead);

    job.sendDue();
    assertThat(messagesTo(lead)).as("10 days before: nothing yet").isEmpty();

    clock.moveTo(today.plusDays(3));
    job.sendDue();
    job.sendDue();
    for (String recipient :
        List.of(lead, partnership.coordinator(), partnership.secondCoordinator())) {
      assertThat(subjects(recipient))
          .as(recipient)
          .containsExactly("Action due in 7 days: Agree an RHI offer with the police");
    }
    assertThat(messagesTo(partnership.member())).as("members who are not coordinators").isEmpty();
    assertThat(messagesTo(partnership.deactivatedCoordinator()))
        .as("deactivated accounts")
        .isEmpty();
    String body = TestSmtpServer.plainText(messagesTo(lead).get(0));
    assertThat(body)
        .contains(
            "due in 7 days, on " + day(today.plusDays(10)),
            "- Action: Agree an RHI offer with the police",
            "- Area: Return home interviews",
            "- Lead: Lee Lead",
            "- Status: Not started",
            "Reminded Partnership");
    assertThat(TestSmtpServer.linkIn(messagesTo(lead).get(0), "/partnerships/"))
        .isEqualTo("/partnerships/" + partnership.id() + "/actions/" + action.id());

    clock.moveTo(today.plusDays(10));
    job.sendDue();
    assertThat(subjects(lead)).as("due today: already reminded for this due date").hasSize(1);

    clock.moveTo(today.plusDays(11));
    job.sendDue();
    job.sendDue();
    clock.moveTo(today.plusDays(12));
    job.sendDue();
    for (String recipient :
        List.of(lead, partnership.coordinator(), partnership.secondCoordinator())) {
      assertThat(subjects(recipient))
          .as(recipient)
          .containsExactlyInAnyOrder(
              "Action due in 7 days: Agree an RHI offer with the police",
              "Action overdue: Agree an RHI offer with the police");
    }
    assertThat(TestSmtpServer.plainText(overdueMessage(lead)))
        .contains("was due on " + day(today.plusDays(10)));

    assertThat(reminders.sentFor(partnership.context(), action.id()))
        .extracting(ActionReminder::kind, ActionReminder::dueDate)
        .containsExactly(
            tuple(ReminderKind.OVERDUE, today.plusDays(10)),
            tuple(ReminderKind.DUE_SOON, today.plusDays(10)));
    assertThat(reminders.sentFor(partnership.context(), action.id()).get(0).recipients())
        .containsExactly(lead, partnership.coordinator(), partnership.secondCoordinator());
    assertThat(audit.findTop500ByPartnershipIdOrderByOccurredAtDescIdDesc(partnership.id()))
        .filteredOn(event -> event.action().equals("REMINDER_SENT"))
        .extracting(AuditEvent::subject, AuditEvent::details)
        .containsExactly(
            tuple(
                "Agree an RHI offer with the police",
                "OVERDUE, due "
                    + today.plusDays(10)
                    + ", to "
                    + lead
                    + ", "
                    + partnership.coordinator()
                    + ", "
                    + partnership.secondCoordinator()),
            tuple(
                "Agree an RHI offer with the police",
                "DUE_SOON, due "
                    + today.plusDays(10)
                    + ", to "
                    + lead
                    + ", "
                    + partnership.coordinator()
                    + ", "
                    + partnership.secondCoordinator()));
  }

  @Test
  void completedAndClosedActions_getNoReminders_dueSoonOrOverdue() {
    ReminderFixtures.Partnership partnership = fixtures.givenPartnership("Finished Partnership");
    String completedLead = fixtures.uniqueEmail("completed");
    String closedLead = fixtures.uniqueEmail("closed");
    String inProgressLead = fixtures.uniqueEmail("in.progress");
    fixtures.changeStatus(
        fixtures.givenAction(partnership, "Completed action", today.plusDays(2), completedLead),
        "COMPLETED");
    fixtures.changeStatus(
        fixtures.givenAction(partnership, "Closed action", today.minusDays(2), closedLead),
        "CLOSED");
    fixtures.changeStatus(
        fixtures.givenAction(partnership, "Action under way", today.plusDays(2), inProgressLead),
        "IN_PROGRESS");

    job.sendDue();
    clock.moveTo(today.plusDays(5));
    job.sendDue();

    assertThat(messagesTo(completedLead)).isEmpty();
    assertThat(messagesTo(closedLead)).isEmpty();
    assertThat(subjects(inProgressLead))
        .containsExactlyInAnyOrder(
            "Action due in 2 days: Action under way", "Action overdue: Action under way");
    assertThat(subjects(partnership.coordinator())).hasSize(2);
  }

  @Test
  void anAmendedDueDate_isANewEvent_soItIsRemindedAgain_once() {
    ReminderFixtures.Partnership partnership = fixtures.givenPartnership("Amended Partnership");
    String lead = fixtures.uniqueEmail("amended");
    Action action =
        fixtures.givenAction(partnership, "Publish the RHI protocol", today.plusDays(1), lead);
    job.sendDue();
    assertThat(subjects(lead)).containsExactly("Action due in 1 day: Publish the RHI protocol");

    fixtures.changeDueDate(action, today.plusDays(6));
    job.sendDue();
    job.sendDue();

    assertThat(subjects(lead))
        .containsExactly(
            "Action due in 1 day: Publish the RHI protocol",
            "Action due in 6 days: Publish the RHI protocol");
    assertThat(reminders.sentFor(partnership.context(), action.id()))
        .extracting(ActionReminder::dueDate)
        .containsExactlyInAnyOrder(today.plusDays(1), today.plusDays(6));
  }

  @Test
  void anActionWithoutALeadEmail_remindsTheCoordinators_andADueTodayActionSaysSo() {
    ReminderFixtures.Partnership partnership =
        fixtures.givenPartnership("No Lead Email Partnership");
    fixtures.givenAction(partnership, "Train the duty team", today, null);

    job.sendDue();

    assertThat(subjects(partnership.coordinator()))
        .containsExactly("Action due today: Train the duty team");
    assertThat(subjects(partnership.secondCoordinator())).hasSize(1);
  }

  @Test
  void aReminderNobodyCouldBeSent_isTriedAgainOnTheNextRun_withoutStoppingTheOthers() {
    ReminderFixtures.Partnership partnership =
        fixtures.givenPartnership("Undeliverable Partnership");
    jdbc.update(
        "UPDATE account SET deactivated_at = CURRENT_TIMESTAMP WHERE email IN (?, ?)",
        partnership.coordinator(),
        partnership.secondCoordinator());
    Action broken =
        fixtures.givenAction(
            partnership, "Map the hotspots", today.plusDays(2), "<unclosed@example.org");
    String lead = fixtures.uniqueEmail("working.lead");
    fixtures.givenAction(partnership, "Brief the night shift", today.plusDays(2), lead);

    job.sendDue();

    assertThat(subjects(lead)).containsExactly("Action due in 2 days: Brief the night shift");
    assertThat(reminders.sentFor(partnership.context(), broken.id()))
        .as("rolled back, claim and all")
        .isEmpty();

    String fixed = fixtures.uniqueEmail("fixed.lead");
    jdbc.update("UPDATE partnership_action SET lead_email = ? WHERE id = ?", fixed, broken.id());
    job.sendDue();

    assertThat(subjects(fixed)).containsExactly("Action due in 2 days: Map the hotspots");
    assertThat(subjects(lead)).hasSize(1);
  }

  @Test
  void remindersPage_listsWhatWasSent_newestFirst_forAnyMember_andAnotherPartnershipGets404() {
    ReminderFixtures.Partnership partnership = fixtures.givenPartnership("Listed Partnership");
    String lead = fixtures.uniqueEmail("listed");
    Action action =
        fixtures.givenAction(
            partnership, "Report RHI take-up to the board", today.plusDays(4), lead);
    SiteVisitor member = fixtures.signedIn(partnership.member());
    Document empty =
        Jsoup.parse(member.get("/partnerships/" + partnership.id() + "/reminders").body());
    assertThat(empty.select("#no-reminders").text()).isEqualTo("No reminders have been sent yet.");

    job.sendDue();
    clock.moveTo(today.plusDays(5));
    job.sendDue();

    var response = member.get("/partnerships/" + partnership.id() + "/reminders");
    assertThat(response.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(response.body());
    assertThat(page.select("h1").text()).isEqualTo("Reminders sent");
    assertThat(page.title()).startsWith("Reminders sent – Listed Partnership");
    assertThat(page.select("#when-reminders-go li").eachText())
        .containsExactly(
            "7 days before it is due", "the day after its due date, if it is still open");
    assertThat(page.select("#reminders tbody tr")).hasSize(2);
    assertThat(page.select("#reminders tbody tr td:nth-child(3)").eachText())
        .containsExactly("Overdue", "Due soon");
    assertThat(page.select("#reminders tbody tr td:nth-child(4)").eachText())
        .containsOnly(day(today.plusDays(4)));
    assertThat(page.select("#reminders tbody tr:first-child a").attr("href"))
        .isEqualTo("/partnerships/" + partnership.id() + "/actions/" + action.id());
    assertThat(page.select("#reminders tbody tr:first-child a").text())
        .isEqualTo("Report RHI take-up to the board");
    assertThat(page.select("#reminders tbody tr:first-child td:nth-child(5) li").eachText())
        .containsExactly(lead, partnership.coordinator(), partnership.secondCoordinator());
    assertThat(page.select("#reminders tbody tr:first-child td:first-child").text())
        .contains(" at 9:00am");

    SiteVisitor outsider =
        fixtures.signedIn(fixtures.givenAccount(fixtures.uniqueEmail("outsider")).email());
    BenchmarkMeetings.givenPartnership(outsider, "Outsider Partnership");
    var refused = outsider.get("/partnerships/" + partnership.id() + "/reminders");
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(refused.body()).doesNotContain("Report RHI take-up to the board", lead);
  }

  @Test
  void sentFragment_showsOneActionsReminders_orSaysThereAreNone() {
    ReminderFixtures.Partnership partnership = fixtures.givenPartnership("Fragment Partnership");
    Action reminded =
        fixtures.givenAction(partnership, "Agree the RHI offer", today.minusDays(1), null);
    Action quiet =
        fixtures.givenAction(partnership, "Review the protocol", today.plusDays(30), null);
    job.sendDue();

    Document withReminders =
        Jsoup.parse(sentFragment(reminders.sentFor(partnership.context(), reminded.id())));
    Document without =
        Jsoup.parse(sentFragment(reminders.sentFor(partnership.context(), quiet.id())));

    assertThat(withReminders.select("h2").text()).isEqualTo("Reminders sent");
    assertThat(withReminders.select("tbody tr td:nth-child(2)").eachText())
        .containsExactly("Overdue");
    assertThat(withReminders.select("tbody tr td:nth-child(4) li").eachText())
        .containsExactly(partnership.coordinator(), partnership.secondCoordinator());
    assertThat(without.select("table")).isEmpty();
    assertThat(without.select("p").text())
        .isEqualTo("No reminders have been sent about this action.");
    assertThat(
            reminders.sentFor(
                fixtures.givenPartnership("Other Partnership").context(), reminded.id()))
        .as("another partnership's action")
        .isEmpty();
  }

  private String sentFragment(List<ActionReminder> sent) {
    Context context = new Context(Locale.UK);
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(app, null));
    context.setVariable("reminders", sent);
    return templates.process("reminder/sent", Set.of("sent"), context);
  }

  private static List<MimeMessage> messagesTo(String address) {
    return TestSmtpServer.receivedBy(address);
  }

  private static List<String> subjects(String address) {
    return messagesTo(address).stream().map(ActionRemindersIntegrationTest::subject).toList();
  }

  private static MimeMessage overdueMessage(String address) {
    return messagesTo(address).stream()
        .filter(m -> subject(m).startsWith("Action overdue"))
        .findFirst()
        .orElseThrow();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String day(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }
}

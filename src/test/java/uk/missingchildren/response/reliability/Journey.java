package uk.missingchildren.response.reliability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.missingchildren.response.support.BenchmarkMeetings;
import uk.missingchildren.response.support.ChecklistMeetings;
import uk.missingchildren.response.support.SiteVisitor;
import uk.missingchildren.response.support.Twice;

/**
 * A partnership part-way through its work (a benchmark, a checklist round, four actions), and the
 * laptops that keep saving to it: each signed in with its own session, which lives in the database
 * and so survives the service being killed.
 */
final class Journey {

  private static final String PASSWORD = "marble harbour kettle";
  private static final List<String> ITEMS = List.of("T05-R01", "T05-R02", "T05-R03", "T05-R04");

  private final String benchmark;
  private final String review;
  private final List<String> actions;
  private final List<SiteVisitor> laptops;

  private Journey(
      String benchmark, String review, List<String> actions, List<SiteVisitor> laptops) {
    this.benchmark = benchmark;
    this.review = review;
    this.actions = actions;
    this.laptops = laptops;
  }

  static SiteVisitor signedIn(String baseUrl, String email) {
    SiteVisitor visitor = new SiteVisitor(baseUrl);
    String to =
        visitor
            .submitForm("/sign-in", "main form", Map.of("email", email, "password", PASSWORD))
            .headers()
            .firstValue("Location")
            .orElse("");
    if (to.endsWith("/sign-in")) {
      throw new AssertionError("Could not sign in as " + email);
    }
    return visitor;
  }

  static Journey setUp(String baseUrl, String email) {
    SiteVisitor coordinator = signedIn(baseUrl, email);
    UUID partnership =
        BenchmarkMeetings.givenPartnership(coordinator, "Reliability " + UUID.randomUUID());
    String benchmark = BenchmarkMeetings.start(coordinator, partnership, LocalDate.of(2026, 11, 2));
    String review =
        ChecklistMeetings.start(
            coordinator, partnership, "return-home-interviews", LocalDate.of(2026, 11, 3), "blank");
    List<String> actions = new ArrayList<>();
    for (String item : ITEMS) {
      coordinator.submitForm(
          review + "/items/" + item + "/actions/new",
          "#set-action",
          PromisesUnderFaultReliabilityTest.action("Action for " + item));
    }
    String register = coordinator.get("/partnerships/" + partnership + "/actions").body();
    java.util.regex.Matcher found =
        java.util.regex.Pattern.compile(
                "/partnerships/" + partnership + "/actions/([0-9a-f-]{36})\"")
            .matcher(register);
    while (found.find()) {
      if (!actions.contains(found.group(1))) {
        actions.add(found.group(1));
      }
    }
    if (actions.size() != ITEMS.size()) {
      throw new AssertionError(
          "Expected " + ITEMS.size() + " actions on the plan, found " + actions);
    }
    List<String> paths =
        actions.stream().map(id -> "/partnerships/" + partnership + "/actions/" + id).toList();
    List<SiteVisitor> laptops = new ArrayList<>();
    for (int i = 0; i < 3 * ITEMS.size(); i++) {
      laptops.add(signedIn(baseUrl, email));
    }
    return new Journey(benchmark, review, paths, laptops);
  }

  /**
   * Four laptops answering questions, four rating items, four updating actions: each its own field.
   */
  List<ContinuousSaver> savers(String baseUrl, int ofEachKind, int round) {
    List<ContinuousSaver> savers = new ArrayList<>();
    for (int i = 0; i < ofEachKind; i++) {
      String question = String.format("Q%02d", i + 1);
      SiteVisitor laptop = laptops.get(i);
      laptop.moveTo(baseUrl);
      savers.add(
          new ContinuousSaver.BackgroundSave(
                  "answer-" + question + " round " + round,
                  laptop,
                  benchmark + "/questions/" + question,
                  "#answer-form",
                  benchmark + "/questions/" + question,
                  Map.of("answer", "partly", "actionsArising", ""),
                  "notes")
              .checkedBy(
                  "SELECT notes FROM benchmark_answer WHERE benchmark_id = '"
                      + BenchmarkMeetings.benchmarkId(benchmark)
                      + "' AND question_id = '"
                      + question
                      + "'",
                  false));
    }
    for (int i = 0; i < ofEachKind; i++) {
      String item = ITEMS.get(i);
      SiteVisitor laptop = laptops.get(ofEachKind + i);
      laptop.moveTo(baseUrl);
      savers.add(
          new ContinuousSaver.BackgroundSave(
                  "rating-" + item + " round " + round,
                  laptop,
                  review + "/sections/required",
                  "form[id='" + item + "']",
                  review + "/items/" + item,
                  Map.of("extent", "partly_met", "impact", "high", "reason", ""),
                  "evidence")
              .checkedBy(
                  "SELECT evidence FROM checklist_item_rating WHERE review_id = '"
                      + ChecklistMeetings.reviewId(review)
                      + "' AND item_id = '"
                      + item
                      + "'",
                  false));
    }
    for (int i = 0; i < ofEachKind; i++) {
      String action = actions.get(i);
      SiteVisitor laptop = laptops.get(2 * ofEachKind + i);
      laptop.moveTo(baseUrl);
      savers.add(
          new ContinuousSaver.ActionUpdates(
                  "update-" + (i + 1) + " round " + round, laptop, action + "/update")
              .checkedBy(
                  "SELECT progress FROM action_update WHERE action_id = '"
                      + action.substring(action.lastIndexOf('/') + 1)
                      + "'",
                  true));
    }
    return savers;
  }

  /** What the database holds for one saver, read after the kill. */
  List<String> stored(Connection connection, ContinuousSaver saver) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var rows = connection.createStatement().executeQuery(saver.storedQuery)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  static String location(java.net.http.HttpResponse<String> response) {
    return Twice.location(response);
  }
}

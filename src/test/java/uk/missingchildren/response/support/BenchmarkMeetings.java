package uk.missingchildren.response.support;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs stage-one meetings through the real pages, the way a facilitator's browser would, so tests
 * about reports, emails or isolation can start from a realistic benchmark.
 */
public final class BenchmarkMeetings {

  /** The 26 question ids of the current framework, in the order they are asked. */
  public static final List<String> QUESTIONS =
      java.util.stream.IntStream.rangeClosed(1, 26)
          .mapToObj(n -> String.format("Q%02d", n))
          .toList();

  private static final Pattern BENCHMARK_PATH =
      Pattern.compile("/partnerships/([0-9a-f-]{36})/benchmarks/([0-9a-f-]{36})");

  private BenchmarkMeetings() {}

  /** A partnership registered by the visitor, who becomes its coordinator. */
  public static UUID givenPartnership(SiteVisitor visitor, String name) {
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

  /** Starts a benchmark with blank answers and returns its path, "/partnerships/…/benchmarks/…". */
  public static String start(SiteVisitor visitor, UUID partnershipId, LocalDate meetingDate) {
    return start(visitor, partnershipId, meetingDate, "blank");
  }

  /** Starts a benchmark from an earlier one's answers and returns its path. */
  public static String startFrom(SiteVisitor visitor, String earlierPath, LocalDate meetingDate) {
    UUID partnershipId =
        UUID.fromString(earlierPath.replaceAll("^/partnerships/([0-9a-f-]{36})/.*$", "$1"));
    return start(visitor, partnershipId, meetingDate, benchmarkId(earlierPath).toString());
  }

  private static String start(
      SiteVisitor visitor, UUID partnershipId, LocalDate meetingDate, String startFrom) {
    HttpResponse<String> started =
        visitor.submitForm(
            "/partnerships/" + partnershipId + "/benchmarks/new",
            "#start-benchmark",
            MeetingDetailsFields.of(
                meetingDate, "Fran Facilitator", "Nat Notes", Map.of("startFrom", startFrom)));
    return benchmarkPath(
        started
            .headers()
            .firstValue("Location")
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Starting a benchmark did not redirect: " + started.statusCode())));
  }

  public static String benchmarkPath(String anyUrlWithin) {
    Matcher matcher = BENCHMARK_PATH.matcher(anyUrlWithin);
    if (!matcher.find()) {
      throw new AssertionError("No benchmark path in " + anyUrlWithin);
    }
    return matcher.group();
  }

  public static UUID benchmarkId(String benchmarkPath) {
    return UUID.fromString(benchmarkPath.substring(benchmarkPath.lastIndexOf('/') + 1));
  }

  public static void addAttendee(
      SiteVisitor visitor, String benchmarkPath, String name, String agency, String role) {
    HttpResponse<String> added =
        visitor.submitForm(
            benchmarkPath + "/attendees",
            "#add-attendee",
            Map.of("name", name, "agency", agency, "role", role));
    if (added.statusCode() != 302) {
      throw new AssertionError("Adding an attendee failed: " + added.statusCode());
    }
  }

  /** Answers one question through its page, as "Save and continue" would. */
  public static HttpResponse<String> answer(
      SiteVisitor visitor,
      String benchmarkPath,
      String questionId,
      String answer,
      String notes,
      String actionsArising) {
    Map<String, String> fields = new LinkedHashMap<>();
    if (answer != null) {
      fields.put("answer", answer);
    }
    fields.put("notes", notes == null ? "" : notes);
    fields.put("actionsArising", actionsArising == null ? "" : actionsArising);
    return visitor.submitForm(benchmarkPath + "/questions/" + questionId, "#answer-form", fields);
  }

  /**
   * Answers every question: {@code answers} gives the answer for each question id, by default
   * "yes".
   */
  public static void answerAll(
      SiteVisitor visitor, String benchmarkPath, Map<String, String> answers) {
    for (String question : questionsOf(visitor, benchmarkPath)) {
      HttpResponse<String> saved =
          answer(
              visitor,
              benchmarkPath,
              question,
              answers.getOrDefault(question, "yes"),
              "Notes for " + question,
              null);
      if (saved.statusCode() != 302) {
        throw new AssertionError("Saving " + question + " failed: " + saved.statusCode());
      }
    }
  }

  /**
   * The ids of the benchmark's questions, in the order they are asked, as its overview links to
   * them: the questions of whichever framework version it was started on.
   */
  public static List<String> questionsOf(SiteVisitor visitor, String benchmarkPath) {
    return Jsoup.parse(visitor.get(benchmarkPath).body())
        .select("a.govuk-task-list__link[href*=/questions/]")
        .eachAttr("href")
        .stream()
        .map(href -> href.substring(href.lastIndexOf('/') + 1))
        .toList();
  }

  public static HttpResponse<String> submit(SiteVisitor visitor, String benchmarkPath) {
    return visitor.submitForm(benchmarkPath + "/check", "#submit-benchmark", Map.of());
  }

  /** A partnership with one submitted benchmark; returns the benchmark's path. */
  public static String givenSubmittedBenchmark(
      SiteVisitor coordinator, String partnershipName, Map<String, String> answers) {
    UUID partnershipId = givenPartnership(coordinator, partnershipName);
    String path = start(coordinator, partnershipId, LocalDate.of(2026, 11, 2));
    addAttendee(coordinator, path, "Pat Police", "POLICE", "Missing persons coordinator");
    addAttendee(coordinator, path, "Sam Social Care", "CHILDRENS_SOCIAL_CARE", "Team manager");
    answerAll(coordinator, path, answers);
    HttpResponse<String> submitted = submit(coordinator, path);
    if (submitted.statusCode() != 302) {
      Document page = Jsoup.parse(submitted.body());
      throw new AssertionError("Submitting failed: " + page.select(".govuk-error-summary").text());
    }
    return path;
  }
}

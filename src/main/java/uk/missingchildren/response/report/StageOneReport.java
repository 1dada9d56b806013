package uk.missingchildren.response.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a stage one report says, with every word and date already chosen, so the page, the
 * PDF, the Word document and the email only lay it out and can never disagree.
 *
 * @param path the report's address in the service, "/partnerships/…/benchmarks/…/report"
 * @param areas every area in the order of the framework
 * @param priorities the areas to start stage two with, most in need first
 * @param unknownLabel the framework's words for "don't know"
 * @param unknownFlag what an area with a "don't know" answer is marked with, or null if the
 *     framework version marks nothing (the report then lists nothing to find out)
 * @param agencyViews where the agencies' own views differed most before the meeting, by agency, and
 *     the different views recorded in it
 */
record StageOneReport(
    String path,
    String partnershipName,
    LocalDate meetingDate,
    String meetingDay,
    String facilitator,
    String noteTaker,
    String frameworkVersion,
    String frameworkTitle,
    String submitted,
    List<Attendee> attendees,
    List<Area> areas,
    List<Area> priorities,
    List<Action> actions,
    String unknownLabel,
    String ratingExplanation,
    List<Band> bands,
    List<WorkedExample> workedExamples,
    List<PurposeResult> purposes,
    String unknownFlag,
    AgencyViewsInReport agencyViews) {

  /**
   * The questions nobody in the room could answer, in the order they were asked: what the
   * partnership needs to find out.
   */
  public List<FindOut> toFindOut() {
    if (unknownFlag == null) {
      return List.of();
    }
    return areas.stream()
        .flatMap(
            area ->
                area.questions().stream()
                    .filter(Question::unknown)
                    .map(q -> new FindOut(area.shortTitle(), q.id(), q.number(), q.text())))
        .toList();
  }

  /** A question answered "don't know", with its area. */
  public record FindOut(String areaTitle, String questionId, int number, String text) {}

  /**
   * How the questions serving one of the framework's purposes were answered: {@code answers} counts
   * each answer on the scale, in the scale's order.
   */
  record PurposeResult(
      String label, String description, int questions, int percent, List<AnswerCount> answers) {}

  /** How many questions got one answer. */
  record AnswerCount(String label, long count) {}

  /**
   * The headline: how many areas earned each rating, best rating first, for the top of the page,
   * the PDF and the Word document.
   */
  public List<RatingCount> ratingCounts() {
    return bands.stream()
        .map(
            band -> {
              List<Area> rated =
                  areas.stream().filter(area -> area.ratingLabel().equals(band.label())).toList();
              return new RatingCount(
                  band.label(), rated.isEmpty() ? "grey" : rated.get(0).tone(), rated.size());
            })
        .toList();
  }

  /** How many areas earned one rating; {@code tone} is its tag colour. */
  public record RatingCount(String label, String tone, long areas) {}

  /** Someone at the meeting; {@code role} is null when none was given. */
  record Attendee(String name, String agency, String role) {}

  /**
   * One thematic area's result.
   *
   * @param tone the GOV.UK tag colour of its rating: the best rating green, the worst red
   * @param pattern how its bar is filled in the chart: "solid", "stripes" or "crosshatch"
   * @param reason how the rating was reached, in sentences
   */
  record Area(
      String id,
      String slug,
      String title,
      String shortTitle,
      int points,
      int available,
      int percent,
      int unknown,
      String ratingId,
      String ratingLabel,
      String ratingDescription,
      String tone,
      String pattern,
      String reason,
      List<Question> questions) {}

  /**
   * A question with the group's answer; notes and actions are null when none were recorded. {@code
   * statutoryDuty} marks a question about a duty in law or statutory guidance, and {@code unknown}
   * an answer of "don't know".
   */
  record Question(
      String id,
      int number,
      String text,
      String answer,
      String notes,
      String actionsArising,
      boolean statutoryDuty,
      boolean unknown) {}

  /** An action arising, with the question it came from. */
  record Action(int questionNumber, String questionText, String areaTitle, String text) {}

  /**
   * A rating band as the report explains it. {@code duties} says whether it needs every statutory
   * duty met, or is null when no band of the framework asks about duties.
   */
  record Band(
      String label,
      int minPercent,
      Integer maxUnknown,
      String duties,
      boolean prioritise,
      String description) {}

  /** Whether the ratings table needs its column about statutory duties. */
  public boolean ratingsAskAboutDuties() {
    return bands.stream().anyMatch(band -> band.duties() != null);
  }

  /** A set of answers from the framework, with the score and rating they earn. */
  record WorkedExample(
      List<String> answers, int points, int available, int percent, String rating) {}
}

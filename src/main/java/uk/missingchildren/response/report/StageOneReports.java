package uk.missingchildren.response.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.benchmark.Benchmark;
import uk.missingchildren.response.benchmark.BenchmarkPages;
import uk.missingchildren.response.benchmark.BenchmarkView;
import uk.missingchildren.response.benchmark.StageOneResults;
import uk.missingchildren.response.benchmark.StageOneResults.AreaResult;
import uk.missingchildren.response.benchmark.StageOneResults.QuestionResult;
import uk.missingchildren.response.framework.ScaleOption;
import uk.missingchildren.response.framework.StageOneScale;
import uk.missingchildren.response.framework.StageOneScale.AreaScore;
import uk.missingchildren.response.framework.StageOneScale.RatingBand;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;

/**
 * Turns a submitted benchmark into a {@link StageOneReport}. The scores, ratings and priority order
 * come from the benchmark's own results; the bands, explanation and worked examples from the
 * framework version it was answered against.
 */
@Component
class StageOneReports {

  static final Locale LOCALE = Locale.UK;

  private final MessageSource messages;
  private final DisplayDates dates;

  StageOneReports(MessageSource messages, DisplayDates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  StageOneReport of(
      PartnershipContext context, BenchmarkView view, AgencyViewsInReport agencyViews) {
    Benchmark benchmark = view.benchmark();
    StageOneScale scale = view.framework().stageOne();
    String unknownLabel =
        scale.answers().stream()
            .filter(ScaleOption::unknown)
            .map(ScaleOption::label)
            .findFirst()
            .orElse("");
    StageOneResults results = view.results();
    List<StageOneReport.Area> areas =
        results.areas().stream().map(area -> area(view, scale, area, unknownLabel)).toList();
    List<StageOneReport.Area> priorities =
        results.priorities().stream()
            .map(
                priority ->
                    areas.stream()
                        .filter(a -> a.id().equals(priority.theme().id()))
                        .findFirst()
                        .orElseThrow())
            .toList();
    return new StageOneReport(
        BenchmarkPages.report(context.partnershipId(), benchmark.id()),
        context.partnership().name(),
        benchmark.meetingDate(),
        dates.day(benchmark.meetingDate()),
        benchmark.facilitator(),
        benchmark.noteTaker(),
        benchmark.frameworkVersion(),
        view.framework().title(),
        dates.dateTime(benchmark.submittedAt()),
        view.attendees().stream()
            .map(
                a ->
                    new StageOneReport.Attendee(
                        a.name(), message(a.agency().messageKey()), a.role()))
            .toList(),
        areas,
        priorities,
        actions(areas),
        unknownLabel,
        scale.ratingExplanation(),
        bands(scale),
        scale.workedExamples().stream().map(example -> workedExample(scale, example)).toList(),
        purposes(scale, results),
        scale.unknownFlag(),
        agencyViews);
  }

  /** Every answer to the questions serving each purpose, in the order the framework lists them. */
  private static List<StageOneReport.PurposeResult> purposes(
      StageOneScale scale, StageOneResults results) {
    List<QuestionResult> all =
        results.areas().stream().flatMap(area -> area.questions().stream()).toList();
    return scale.purposes().stream()
        .map(
            purpose -> {
              List<QuestionResult> serving =
                  all.stream().filter(q -> purpose.id().equals(q.question().purposeId())).toList();
              AreaScore score =
                  scale.rateAnswers(serving.stream().map(QuestionResult::given).toList());
              List<StageOneReport.AnswerCount> counts =
                  scale.answers().stream()
                      .map(
                          option ->
                              new StageOneReport.AnswerCount(
                                  option.label(),
                                  serving.stream().filter(q -> option.equals(q.option())).count()))
                      .toList();
              return new StageOneReport.PurposeResult(
                  purpose.label(), purpose.description(), serving.size(), score.percent(), counts);
            })
        .toList();
  }

  private StageOneReport.Area area(
      BenchmarkView view, StageOneScale scale, AreaResult result, String unknownLabel) {
    AreaScore score = result.score();
    int rank = scale.bands().indexOf(score.band());
    int last = scale.bands().size() - 1;
    List<StageOneReport.Question> questions =
        result.questions().stream()
            .map(
                q ->
                    new StageOneReport.Question(
                        q.question().id(),
                        view.number(q.question()),
                        q.question().text(),
                        q.option() == null ? null : q.option().label(),
                        blankToNull(q.notes()),
                        blankToNull(q.actionsArising()),
                        q.question().statutoryDuty(),
                        q.option() != null && q.option().unknown()))
            .toList();
    return new StageOneReport.Area(
        result.theme().id(),
        result.theme().slug(),
        result.theme().title(),
        result.theme().shortTitle(),
        score.points(),
        score.available(),
        score.percent(),
        score.unknown(),
        score.band().id(),
        score.band().label(),
        score.band().description(),
        rank == 0 ? "green" : rank == last ? "red" : "yellow",
        rank == 0 ? "solid" : rank == last ? "crosshatch" : "stripes",
        reason(scale, score, unknownLabel),
        questions);
  }

  /** How the rating was reached: the score, and what kept the area out of the rating above. */
  String reason(StageOneScale scale, AreaScore score, String unknownLabel) {
    int rank = scale.bands().indexOf(score.band());
    String reason =
        message("report.area.reason.score", score.percent(), score.unknown(), unknownLabel);
    if (rank <= 0) {
      return reason;
    }
    RatingBand above = scale.bands().get(rank - 1);
    // A duty not met is the reason that matters most, even when the score is also too low.
    if (above.requiresDutiesMet() && score.dutiesNotMet() > 0) {
      return reason
          + " "
          + message(
              "report.area.reason.dutyNotMet",
              above.label(),
              bestAnswerLabel(scale),
              score.dutiesNotMet());
    }
    // The same test as the framework's: whole points, so a rounded percentage never misleads.
    if (!above.hasEnoughPoints(score.points(), score.available())) {
      return reason
          + " "
          + message("report.area.reason.belowHigher", above.label(), above.minPercent());
    }
    if (above.maxUnknown() != null && above.maxUnknown() == 0) {
      return reason
          + " "
          + message("report.area.reason.noUnknownAllowed", above.label(), unknownLabel);
    }
    return reason
        + " "
        + message(
            "report.area.reason.tooManyUnknown", above.label(), above.maxUnknown(), unknownLabel);
  }

  private static List<StageOneReport.Action> actions(List<StageOneReport.Area> areas) {
    return areas.stream()
        .flatMap(
            area ->
                area.questions().stream()
                    .filter(q -> q.actionsArising() != null)
                    .map(
                        q ->
                            new StageOneReport.Action(
                                q.number(), q.text(), area.shortTitle(), q.actionsArising())))
        .toList();
  }

  List<StageOneReport.Band> bands(StageOneScale scale) {
    boolean asksAboutDuties = scale.bands().stream().anyMatch(RatingBand::requiresDutiesMet);
    return scale.bands().stream()
        .map(
            b ->
                new StageOneReport.Band(
                    b.label(),
                    b.minPercent(),
                    b.maxUnknown(),
                    asksAboutDuties
                        ? message(
                            b.requiresDutiesMet()
                                ? "report.method.bands.dutiesMet"
                                : "report.method.bands.dutiesAny")
                        : null,
                    b.prioritise(),
                    b.description()))
        .toList();
  }

  private static String bestAnswerLabel(StageOneScale scale) {
    return scale.answers().stream()
        .filter(option -> option.score() != null)
        .max(Comparator.comparing(ScaleOption::score))
        .map(ScaleOption::label)
        .orElse("");
  }

  private StageOneReport.WorkedExample workedExample(
      StageOneScale scale, StageOneScale.WorkedExample example) {
    AreaScore score = scale.rateAnswers(example.given());
    List<String> labels =
        example.given().stream()
            .map(
                given -> {
                  String label =
                      scale.answer(given.value()).map(ScaleOption::label).orElse(given.value());
                  return given.statutoryDuty()
                      ? message("report.workedExample.statutory", label)
                      : label;
                })
            .toList();
    String rating =
        scale.bands().stream()
            .filter(b -> b.id().equals(example.rating()))
            .map(RatingBand::label)
            .findFirst()
            .orElse(example.rating());
    return new StageOneReport.WorkedExample(
        labels, score.points(), score.available(), example.percent(), rating);
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments.length == 0 ? null : arguments, LOCALE);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

package uk.missingchildren.response.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.meeting.MeetingNow;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.web.DisplayDates;
import uk.missingchildren.response.shared.web.Words;

/**
 * A stage-one meeting as its followers see it: the question on the room's screen, the answer the
 * group has agreed, and the notes as the note-taker saved them.
 */
@Component
class BenchmarkNow {

  private final BenchmarkService benchmarks;
  private final DisplayDates dates;
  private final Words words;

  BenchmarkNow(BenchmarkService benchmarks, DisplayDates dates, Words words) {
    this.benchmarks = benchmarks;
    this.dates = dates;
    this.words = words;
  }

  MeetingNow now(PartnershipContext context, UUID benchmarkId, String questionId) {
    BenchmarkView view = benchmarks.view(context, benchmarkId);
    Benchmark benchmark = view.benchmark();
    return new MeetingNow(
        words.of("presenter.benchmark.meeting", dates.day(benchmark.meetingDate())),
        words.of("follow.benchmark.progress", view.answeredCount(), view.questionCount()),
        benchmark.submitted(),
        questionId == null
            ? null
            : view.question(questionId).map(question -> shown(view, question)).orElse(null));
  }

  private MeetingNow.Shown shown(BenchmarkView view, Question question) {
    String agreed = view.answerLabel(question.id());
    List<MeetingNow.Fact> facts = new ArrayList<>();
    facts.add(
        new MeetingNow.Fact(
            words.of("follow.benchmark.answer"),
            agreed == null ? words.of("follow.benchmark.noAnswer") : agreed));
    view.answer(question.id())
        .map(Answer::notes)
        .filter(notes -> notes != null && !notes.isBlank())
        .ifPresent(notes -> facts.add(new MeetingNow.Fact(words.of("follow.notes"), notes)));
    return new MeetingNow.Shown(
        words.of(
            "presenter.benchmark.position",
            view.number(question),
            view.questionCount(),
            view.themeOf(question).shortTitle()),
        question.text(),
        question.hint(),
        List.of(new MeetingNow.Part(null, facts)));
  }
}

package uk.missingchildren.response.demo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import uk.missingchildren.response.benchmark.Answer;
import uk.missingchildren.response.benchmark.AnswerDraft;
import uk.missingchildren.response.benchmark.AnsweringService;
import uk.missingchildren.response.benchmark.BenchmarkService;
import uk.missingchildren.response.benchmark.BenchmarkView;
import uk.missingchildren.response.benchmark.StartBenchmarkForm;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.meeting.AttendeeService;
import uk.missingchildren.response.meeting.MeetingKind;
import uk.missingchildren.response.meeting.MeetingKinds;
import uk.missingchildren.response.partnership.PartnershipContext;

/**
 * Eastmoor's two benchmarking meetings. The second starts from the first one's answers and notes,
 * as the service offers, and the group changes what has changed since: most areas get better, the
 * response to trafficked children gets worse.
 */
@Component
@Profile("demo")
class StageOneBenchmarks {

  /** The answers to questions Q01 to Q26, in order, at the first meeting and at the second. */
  private static final List<String> FIRST =
      List.of(
          "yes",
          "partly",
          "partly",
          "no",
          "partly",
          "partly",
          "dont_know",
          "yes",
          "partly",
          "partly",
          "no",
          "no",
          "no",
          "dont_know",
          "partly",
          "partly",
          "no",
          "partly",
          "partly",
          "partly",
          "yes",
          "dont_know",
          "partly",
          "no",
          "partly",
          "partly");

  private static final List<String> SECOND =
      List.of(
          "yes", "yes", "partly", "partly", "partly", "partly", "partly", "yes", "yes", "partly",
          "partly", "partly", "partly", "no", "partly", "partly", "partly", "partly", "no", "yes",
          "yes", "partly", "partly", "partly", "partly", "partly");
  private static final List<Person> FIRST_ROOM =
      List.of(
          Person.ALEX,
          Person.HELEN,
          Person.GARETH,
          Person.MINA,
          Person.RACHEL,
          Person.TOM,
          Person.PRIYA);
  private static final List<Person> SECOND_ROOM =
      List.of(
          Person.ALEX,
          Person.HELEN,
          Person.GARETH,
          Person.MINA,
          Person.TOM,
          Person.PRIYA,
          Person.LEON,
          Person.JESS);

  private final BenchmarkService benchmarks;
  private final AttendeeService attendees;
  private final MeetingKind meetings;
  private final AnsweringService answering;
  private final FormRules rules;
  private final StoryText text;

  StageOneBenchmarks(
      BenchmarkService benchmarks,
      AttendeeService attendees,
      MeetingKinds kinds,
      AnsweringService answering,
      FormRules rules,
      StoryText text) {
    this.benchmarks = benchmarks;
    this.attendees = attendees;
    this.meetings = kinds.at("benchmarks");
    this.answering = answering;
    this.rules = rules;
    this.text = text;
  }

  /**
   * The first meeting, started blank: every question answered, notes and actions arising where the
   * group had them.
   */
  UUID first(Story story) {
    UUID benchmark = start(story, StartBenchmarkForm.BLANK, FIRST_ROOM);
    List<Question> questions = questions(story, benchmark, FIRST);
    for (int i = 0; i < questions.size(); i++) {
      String id = questions.get(i).id();
      save(
          story,
          benchmark,
          id,
          new AnswerDraft(
              FIRST.get(i),
              text.textIfAny("benchmark.first." + id + ".notes"),
              text.textIfAny("benchmark.first." + id + ".arising")),
          null);
    }
    benchmarks.submit(story.partnership(), benchmark);
    return benchmark;
  }

  /**
   * The second meeting's record, started from the first a week ahead of the meeting on {@code
   * meetingDay}, so the people coming can be asked for their own views first.
   */
  UUID startSecond(Story story, UUID first, LocalDate meetingDay) {
    return start(story, first.toString(), SECOND_ROOM, meetingDay);
  }

  /**
   * The second meeting itself: only the answers and notes that changed are saved again. It is left
   * open, for the different view the room records before it is submitted.
   */
  void meetSecond(Story story, UUID benchmark) {
    List<Question> questions = questions(story, benchmark, SECOND);
    BenchmarkView copied = benchmarks.view(story.partnership(), benchmark);
    for (int i = 0; i < questions.size(); i++) {
      String id = questions.get(i).id();
      Answer before = copied.answer(id).orElseThrow();
      String changedNotes = text.textIfAny("benchmark.second." + id + ".notes");
      String notes = changedNotes == null ? before.notes() : changedNotes;
      AnswerDraft now =
          new AnswerDraft(
              SECOND.get(i), notes, text.textIfAny("benchmark.second." + id + ".arising"));
      if (!now.equals(before.draft())) {
        save(story, benchmark, id, now, before.revision());
      }
    }
  }

  void submit(Story story, UUID benchmark) {
    benchmarks.submit(story.partnership(), benchmark);
  }

  /**
   * What the room agreed at the second meeting, by question id: what each agency's view is from.
   */
  static Map<String, String> secondAnswers(List<Question> questions) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      answers.put(questions.get(i).id(), SECOND.get(i));
    }
    return answers;
  }

  private UUID start(Story story, String startFrom, List<Person> room) {
    return start(story, startFrom, room, story.day());
  }

  private UUID start(Story story, String startFrom, List<Person> room, LocalDate meetingDay) {
    PartnershipContext partnership = story.partnership();
    StartBenchmarkForm form = new StartBenchmarkForm();
    form.setStartFrom(startFrom);
    UUID benchmark =
        benchmarks.startOn(
            partnership,
            rules.meeting(form, meetingDay, text.name(Person.PRIYA), text.name(Person.CHRIS)),
            DemoData.STORY_FRAMEWORK_VERSION);
    room.forEach(
        person ->
            attendees.add(partnership, meetings, benchmark, rules.check(text.attendee(person))));
    return benchmark;
  }

  private List<Question> questions(Story story, UUID benchmark, List<String> answers) {
    List<Question> questions =
        benchmarks.view(story.partnership(), benchmark).framework().questions();
    if (questions.size() != answers.size()) {
      throw new IllegalStateException(
          "The demonstration answers "
              + answers.size()
              + " questions; the framework asks "
              + questions.size());
    }
    return questions;
  }

  private void save(
      Story story, UUID benchmark, String questionId, AnswerDraft draft, Integer basedOn) {
    if (answering.save(story.partnership(), benchmark, questionId, draft, basedOn).conflict()) {
      throw new IllegalStateException(
          "The demonstration's answer to " + questionId + " met a conflict");
    }
  }
}

package uk.missingchildren.response.benchmark;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.missingchildren.response.framework.Framework;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.Theme;

/** A benchmark with everything recorded for it, read in one go for a page, a report or a file. */
public record BenchmarkView(
    Benchmark benchmark,
    Framework framework,
    List<Attendee> attendees,
    Map<String, Answer> answers) {

  public Optional<Answer> answer(String questionId) {
    return Optional.ofNullable(answers.get(questionId));
  }

  public int questionCount() {
    return framework.questions().size();
  }

  public long answeredCount() {
    return framework.questions().stream()
        .filter(q -> answer(q.id()).filter(Answer::answered).isPresent())
        .count();
  }

  /** Ids of the questions still without an answer, in the order they are asked. */
  public List<String> unanswered() {
    return framework.questions().stream()
        .map(Question::id)
        .filter(id -> answer(id).filter(Answer::answered).isEmpty())
        .toList();
  }

  public QuestionStatus status(String questionId) {
    return answer(questionId)
        .map(
            a ->
                a.answered()
                    ? QuestionStatus.ANSWERED
                    : a.hasContent() ? QuestionStatus.IN_PROGRESS : QuestionStatus.NOT_STARTED)
        .orElse(QuestionStatus.NOT_STARTED);
  }

  /** The label of the chosen answer, as the framework words it, or null. */
  public String answerLabel(String questionId) {
    return answer(questionId)
        .map(Answer::answer)
        .flatMap(value -> framework.stageOne().answer(value))
        .map(option -> option.label())
        .orElse(null);
  }

  public Optional<Question> question(String questionId) {
    return framework.questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  public Theme themeOf(Question question) {
    return framework.themes().stream()
        .filter(t -> t.id().equals(question.themeId()))
        .findFirst()
        .orElseThrow();
  }

  /** 1-based position of a question among all of them. */
  public int number(Question question) {
    return framework.questions().indexOf(question) + 1;
  }

  public Optional<Question> previous(Question question) {
    int index = framework.questions().indexOf(question);
    return index > 0 ? Optional.of(framework.questions().get(index - 1)) : Optional.empty();
  }

  public Optional<Question> next(Question question) {
    int index = framework.questions().indexOf(question);
    List<Question> all = framework.questions();
    return index < all.size() - 1 ? Optional.of(all.get(index + 1)) : Optional.empty();
  }

  public StageOneResults results() {
    return StageOneResults.of(framework, answers);
  }

  /** How far a question has got, for the task list. */
  public enum QuestionStatus {
    NOT_STARTED,
    IN_PROGRESS,
    ANSWERED
  }
}

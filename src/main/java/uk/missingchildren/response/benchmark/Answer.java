package uk.missingchildren.response.benchmark;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import uk.missingchildren.response.meeting.Revised;

/**
 * What the group agreed for one question: the answer, the discussion notes and any actions that
 * came up. The revision goes up with every change that is saved, so a save made from a page showing
 * an older revision is recognised as a possible conflict rather than silently overwriting.
 */
@Entity
@Table(name = "benchmark_answer")
public class Answer implements Revised<AnswerDraft> {

  @Id private UUID id;

  @Column(name = "benchmark_id")
  private UUID benchmarkId;

  @Column(name = "question_id")
  private String questionId;

  private String answer;

  private String notes;

  @Column(name = "actions_arising")
  private String actionsArising;

  @Version private Integer revision;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private UUID updatedBy;

  protected Answer() {}

  Answer(UUID benchmarkId, String questionId) {
    this.id = UUID.randomUUID();
    this.benchmarkId = benchmarkId;
    this.questionId = questionId;
  }

  /**
   * An answer brought back from a partnership's data file, under a new id. Its revision is set
   * afterwards ({@link BenchmarkDataRestorer}): JPA takes an entity whose version is already set
   * for one that exists, and will not insert it.
   */
  static Answer restored(
      UUID id,
      UUID benchmarkId,
      String questionId,
      String value,
      String notes,
      String actionsArising,
      Instant updatedAt) {
    Answer answer = new Answer();
    answer.id = id;
    answer.benchmarkId = benchmarkId;
    answer.questionId = questionId;
    answer.answer = value;
    answer.notes = notes;
    answer.actionsArising = actionsArising;
    answer.updatedAt = updatedAt;
    return answer;
  }

  @Override
  public void record(AnswerDraft draft, UUID by, Instant now) {
    this.answer = draft.answer();
    this.notes = draft.notes();
    this.actionsArising = draft.actionsArising();
    this.updatedBy = by;
    this.updatedAt = now;
  }

  @Override
  public AnswerDraft draft() {
    return new AnswerDraft(answer, notes, actionsArising);
  }

  public boolean answered() {
    return answer != null;
  }

  public boolean hasContent() {
    return answer != null || notes != null || actionsArising != null;
  }

  public UUID id() {
    return id;
  }

  public UUID benchmarkId() {
    return benchmarkId;
  }

  public String questionId() {
    return questionId;
  }

  public String answer() {
    return answer;
  }

  public String notes() {
    return notes;
  }

  public String actionsArising() {
    return actionsArising;
  }

  @Override
  public Integer revision() {
    return revision;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public UUID updatedBy() {
    return updatedBy;
  }
}

package uk.missingchildren.response.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * What was decided about one stage-one question's actions arising: kept for good (a decision is
 * never undone or deleted), with the words as they read at the time.
 */
@Entity
@Table(name = "proposed_action_decision")
public class ProposalDecision {

  @Id private UUID id;

  @Column(name = "partnership_id")
  private UUID partnershipId;

  @Column(name = "benchmark_id")
  private UUID benchmarkId;

  @Column(name = "question_id")
  private String questionId;

  @Enumerated(EnumType.STRING)
  private ProposalOutcome outcome;

  @Column(name = "action_id")
  private UUID actionId;

  private String reason;

  @Column(name = "proposed_text")
  private String proposedText;

  @Column(name = "decided_by")
  private UUID decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ProposalDecision() {}

  private ProposalDecision(
      ProposedAction.Key key,
      String proposedText,
      ProposalOutcome outcome,
      UUID actionId,
      String reason,
      UUID decidedBy,
      Instant decidedAt) {
    this.id = UUID.randomUUID();
    this.partnershipId = key.partnershipId();
    this.benchmarkId = key.benchmarkId();
    this.questionId = key.questionId();
    this.proposedText = proposedText;
    this.outcome = outcome;
    this.actionId = actionId;
    this.reason = reason;
    this.decidedBy = decidedBy;
    this.decidedAt = decidedAt;
  }

  static ProposalDecision agreed(ProposedAction proposal, Action action, UUID by, Instant at) {
    return new ProposalDecision(
        proposal.key(), proposal.text(), ProposalOutcome.AGREED, action.id(), null, by, at);
  }

  static ProposalDecision merged(ProposedAction proposal, Action into, UUID by, Instant at) {
    return new ProposalDecision(
        proposal.key(), proposal.text(), ProposalOutcome.MERGED, into.id(), null, by, at);
  }

  static ProposalDecision setAside(ProposedAction proposal, String reason, UUID by, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Setting a proposed action aside needs a reason");
    }
    return new ProposalDecision(
        proposal.key(), proposal.text(), ProposalOutcome.SET_ASIDE, null, reason, by, at);
  }

  /**
   * A decision brought back from a partnership's data file: who decided is not in the file, so is
   * not set.
   */
  static ProposalDecision restored(
      UUID id,
      ProposedAction.Key key,
      ProposalOutcome outcome,
      UUID actionId,
      String reason,
      String proposedText,
      Instant decidedAt) {
    ProposalDecision restored =
        new ProposalDecision(key, proposedText, outcome, actionId, reason, null, decidedAt);
    restored.id = id;
    return restored;
  }

  UUID id() {
    return id;
  }

  ProposedAction.Key key() {
    return new ProposedAction.Key(partnershipId, benchmarkId, questionId);
  }

  public String questionId() {
    return questionId;
  }

  public ProposalOutcome outcome() {
    return outcome;
  }

  /** The action it became or was merged into; null when set aside. */
  public UUID actionId() {
    return actionId;
  }

  public String reason() {
    return reason;
  }

  public String proposedText() {
    return proposedText;
  }

  public UUID decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }
}

package uk.missingchildren.response.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.missingchildren.response.framework.Question;
import uk.missingchildren.response.framework.VersionChanges;

/**
 * The earlier benchmark whose answers a benchmark started from, and what changed between the
 * framework versions the two were answered against; read only for the pages that say so.
 */
public record StartedFrom(LocalDate meetingDate, String frameworkVersion, VersionChanges changes) {

  public boolean acrossVersions() {
    return !changes.sameVersion();
  }

  /**
   * How a question changed since then, when the earlier benchmark used another version and the
   * question is new or reworded; empty otherwise.
   */
  public Optional<VersionChanges.QuestionChange> change(String questionId) {
    if (!acrossVersions()) {
      return Optional.empty();
    }
    return changes
        .question(questionId)
        .filter(change -> change.change() != VersionChanges.Change.UNCHANGED);
  }

  /** The earlier benchmark's questions the later version no longer asks. */
  public List<Question> retired() {
    if (!acrossVersions()) {
      return List.of();
    }
    return changes.questions(VersionChanges.Change.RETIRED).stream()
        .map(VersionChanges.QuestionChange::before)
        .toList();
  }

  /** How many questions changed in this way ("REWORDED" or "NEW"). */
  public long changed(String change) {
    return acrossVersions() ? changes.questions(VersionChanges.Change.valueOf(change)).size() : 0;
  }
}

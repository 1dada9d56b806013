package uk.missingchildren.response.oversight;

/** What a partnership chooses to share: at least one of the three, or it should stop sharing. */
public record SharingChoice(boolean stageOne, boolean checklists, boolean actionSummary) {

  public boolean anything() {
    return stageOne || checklists || actionSummary;
  }

  /** For the audit log: "stage one, checklists". */
  String describe() {
    java.util.List<String> parts = new java.util.ArrayList<>();
    if (stageOne) {
      parts.add("stage one ratings and priorities");
    }
    if (checklists) {
      parts.add("checklist progress and ratings");
    }
    if (actionSummary) {
      parts.add("action plan summary");
    }
    return String.join(", ", parts);
  }
}

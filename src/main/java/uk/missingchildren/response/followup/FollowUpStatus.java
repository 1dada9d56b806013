package uk.missingchildren.response.followup;

public enum FollowUpStatus {
  IN_PROGRESS,
  COMPLETED
}

package uk.missingchildren.response.benchmark;

import uk.missingchildren.response.meeting.MeetingDetailsForm;

/** Meeting details, and whether to begin with a previous benchmark's answers ("blank" if not). */
public class StartBenchmarkForm extends MeetingDetailsForm {

  public static final String BLANK = "blank";

  private String startFrom = BLANK;

  /** The benchmark to copy answers from, or null to start blank. Call once validated. */
  java.util.UUID previousBenchmark() {
    return BLANK.equals(startFrom) ? null : java.util.UUID.fromString(startFrom);
  }

  public String getStartFrom() {
    return startFrom;
  }

  public void setStartFrom(String startFrom) {
    this.startFrom = startFrom;
  }
}

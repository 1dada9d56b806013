package uk.missingchildren.response.benchmark;

/** Meeting details, and whether to begin with a previous benchmark's answers ("blank" if not). */
public class StartBenchmarkForm extends MeetingDetailsForm {

  public static final String BLANK = "blank";

  private String startFrom = BLANK;

  public String getStartFrom() {
    return startFrom;
  }

  public void setStartFrom(String startFrom) {
    this.startFrom = startFrom;
  }
}

package uk.missingchildren.response.agencyviews;

/** A view sent after views closed: the page says why, and keeps what was typed. */
public class ViewsClosedException extends RuntimeException {

  private final GiverPage.Closed why;

  ViewsClosedException(GiverPage.Closed why) {
    super("Views are no longer taken: " + why);
    this.why = why;
  }

  public GiverPage.Closed why() {
    return why;
  }
}

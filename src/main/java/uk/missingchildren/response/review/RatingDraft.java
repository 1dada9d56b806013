package uk.missingchildren.response.review;

import uk.missingchildren.response.meeting.Draft;

/**
 * The four things recorded for an item, with blanks normalised to null so equal means equal. A
 * reason is kept only where the item does not apply; it means nothing otherwise.
 */
public record RatingDraft(String extent, String impact, String reason, String evidence)
    implements Draft {

  public RatingDraft {
    extent = blankToNull(extent);
    impact = blankToNull(impact);
    reason = blankToNull(reason);
    evidence = blankToNull(evidence);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.replace("\r\n", "\n").strip();
  }

  @Override
  public boolean isEmpty() {
    return extent == null && impact == null && reason == null && evidence == null;
  }
}

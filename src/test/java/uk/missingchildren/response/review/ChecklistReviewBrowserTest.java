package uk.missingchildren.response.review;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A whole checklist review with JavaScript on: each item is saved in the background as it is rated.
 */
class ChecklistReviewBrowserTest extends ChecklistReviewJourney {

  @Override
  protected boolean javascript() {
    return true;
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard"})
  void aWholeReviewWithActions_withTheKeyboardAlone(String mode) {
    runAWholeReview(mode);
  }
}

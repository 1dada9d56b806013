package uk.missingchildren.response.review;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A whole checklist review with JavaScript off: each item is saved by its own Save button. */
class ChecklistReviewWithoutJavaScriptBrowserTest extends ChecklistReviewJourney {

  @BeforeAll
  static void inABrowserWithoutJavaScript() {
    withoutJavaScript();
  }

  @Override
  protected boolean javascript() {
    return false;
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"low-vision"})
  void aWholeReviewWithActions_withTheKeyboardAlone(String mode) {
    runAWholeReview(mode);
  }
}

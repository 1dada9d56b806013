package uk.missingchildren.response.benchmark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole meeting with JavaScript off: every answer is saved by "Save and continue". */
class StageOneMeetingWithoutJavaScriptBrowserTest extends StageOneMeetingJourney {

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
  void aWholeMeeting_withTheKeyboardAlone(String mode) {
    runAWholeMeeting(mode);
  }
}

package uk.missingchildren.response.benchmark;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The whole meeting with JavaScript on: answers are also saved in the background as they are given.
 */
class StageOneMeetingBrowserTest extends StageOneMeetingJourney {

  @Override
  protected boolean javascript() {
    return true;
  }

  @ParameterizedTest(name = "in {0} display")
  @ValueSource(strings = {"standard"})
  void aWholeMeeting_withTheKeyboardAlone(String mode) {
    runAWholeMeeting(mode);
  }
}

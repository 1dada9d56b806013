package uk.missingchildren.response.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeBasedCodesTest {

  /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in base32. */
  private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  @ParameterizedTest(name = "at {0} s the code is {1}")
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void codesAreTheLastSixDigitsOfRfc6238sTestVectors(long seconds, String code) {
    assertThat(TimeBasedCodes.code(RFC_KEY, TimeBasedCodes.step(Instant.ofEpochSecond(seconds))))
        .isEqualTo(code);
  }

  @Test
  void aCodeIsAcceptedOneStepEitherSideOfNow_andNeverAtOrBeforeTheLastOneUsed() {
    Instant now = Instant.ofEpochSecond(1111111111);
    long step = TimeBasedCodes.step(now);
    assertThat(TimeBasedCodes.matchingStep(RFC_KEY, TimeBasedCodes.code(RFC_KEY, step - 1), now, 0))
        .hasValue(step - 1);
    assertThat(TimeBasedCodes.matchingStep(RFC_KEY, "050 471", now, 0)).hasValue(step);
    assertThat(TimeBasedCodes.matchingStep(RFC_KEY, TimeBasedCodes.code(RFC_KEY, step + 2), now, 0))
        .isEmpty();
    assertThat(TimeBasedCodes.matchingStep(RFC_KEY, "050471", now, step)).isEmpty();
  }

  @Test
  void secretsRoundTripThroughBase32_andAreTwentyRandomBytes() {
    String secret = TimeBasedCodes.newSecret();
    assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
    assertThat(Base32.encode(Base32.decode(secret))).isEqualTo(secret);
    assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"))
        .isEqualTo("12345678901234567890".getBytes());
  }
}

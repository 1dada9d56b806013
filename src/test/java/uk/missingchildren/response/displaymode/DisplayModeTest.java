package uk.missingchildren.response.displaymode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayModeTest {

  @Test
  void knownValues_areRecognised() {
    assertThat(DisplayMode.fromValue("low-vision")).isEqualTo(DisplayMode.LOW_VISION);
    assertThat(DisplayMode.fromValue("standard")).isEqualTo(DisplayMode.STANDARD);
  }

  @Test
  void unknownOrMissingValues_meanTheStandardDisplay() {
    assertThat(DisplayMode.fromValue(null)).isEqualTo(DisplayMode.STANDARD);
    assertThat(DisplayMode.fromValue("LOW-VISION")).isEqualTo(DisplayMode.STANDARD);
    assertThat(DisplayMode.fromValue("<script>")).isEqualTo(DisplayMode.STANDARD);
  }

  @Test
  void theCookie_isHttpOnlyLaxAndLastsAYear_andSecureOnlyOverHttps() {
    assertThat(DisplayModeCookie.write(DisplayMode.LOW_VISION, false).toString())
        .contains("display_mode=low-vision", "Max-Age=31536000", "HttpOnly", "SameSite=Lax")
        .doesNotContain("Secure");
    assertThat(DisplayModeCookie.write(DisplayMode.LOW_VISION, true).toString()).contains("Secure");
  }
}

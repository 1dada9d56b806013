package uk.missingchildren.response.displaymode;

import java.util.Arrays;

/** How pages are presented. */
public enum DisplayMode {
  STANDARD("standard"),
  LOW_VISION("low-vision");

  private final String value;

  DisplayMode(String value) {
    this.value = value;
  }

  /** The value used in the cookie and in the switch's form. */
  public String value() {
    return value;
  }

  public boolean isLowVision() {
    return this == LOW_VISION;
  }

  /**
   * The presentation this request is drawn in (set for every request by the display mode filter).
   */
  public static DisplayMode of(jakarta.servlet.http.HttpServletRequest request) {
    return request.getAttribute(DisplayModeFilter.ATTRIBUTE) instanceof DisplayMode mode
        ? mode
        : STANDARD;
  }

  /** Reads a cookie or form value; anything unrecognised means the standard presentation. */
  public static DisplayMode fromValue(String value) {
    return Arrays.stream(values())
        .filter(mode -> mode.value.equals(value))
        .findFirst()
        .orElse(STANDARD);
  }
}

package uk.missingchildren.response.secondfactor;

import io.nayuki.qrcodegen.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What a person needs to add this service to their authenticator app: the otpauth address (RFC 6238
 * apps all read the "Key Uri Format"), drawn as a QR code, and the secret as text in groups of four
 * for those who cannot scan.
 */
public record AuthenticatorSetUp(String secret, String address, String qrPath, int qrSize) {

  static final String ISSUER = "Missing Children Response";
  private static final int QUIET_ZONE = 4;

  static AuthenticatorSetUp of(String secret, String email) {
    String label = encode(ISSUER) + ":" + encode(email);
    String address =
        "otpauth://totp/"
            + label
            + "?secret="
            + secret
            + "&issuer="
            + encode(ISSUER)
            + "&algorithm=SHA1&digits="
            + TimeBasedCodes.DIGITS
            + "&period="
            + TimeBasedCodes.STEP_SECONDS;
    QrCode qr = QrCode.encodeText(address, QrCode.Ecc.MEDIUM);
    return new AuthenticatorSetUp(secret, address, path(qr), qr.size + QUIET_ZONE * 2);
  }

  /** The name the app lists the account under. */
  public String issuer() {
    return ISSUER;
  }

  /** The secret as apps ask for it to be typed: "ABCD EFGH ...". */
  public String grouped() {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }

  /**
   * The QR code's dark squares as one SVG path, offset by the 4-module quiet zone the QR standard
   * asks for. The page draws it, so no address holding the secret goes to any other site.
   */
  private static String path(QrCode qr) {
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return path.toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}

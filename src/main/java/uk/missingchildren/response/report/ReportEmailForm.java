package uk.missingchildren.response.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Who to email the report to, and an optional message, as typed. */
public class ReportEmailForm {

  private String addresses;
  private String message;

  /** Each address once, in the order typed, whatever separated them. */
  List<String> recipients() {
    Map<String, String> unique = new LinkedHashMap<>();
    if (addresses != null) {
      for (String address : addresses.split("[,;\\s]+")) {
        if (!address.isBlank()) {
          unique.putIfAbsent(address.toLowerCase(Locale.ROOT), address);
        }
      }
    }
    return List.copyOf(unique.values());
  }

  /** The message, or null when none was typed. */
  String messageOrNull() {
    return message == null || message.isBlank() ? null : message.strip();
  }

  public String getAddresses() {
    return addresses;
  }

  public void setAddresses(String addresses) {
    this.addresses = addresses;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }
}

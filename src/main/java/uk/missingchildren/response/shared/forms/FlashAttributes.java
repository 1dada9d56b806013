package uk.missingchildren.response.shared.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The messages a form leaves for the next page (say, "Sam Jones has been added"), written down with
 * its submission so that a repeat shows the same page. They are the same small values Spring keeps
 * in the session between a POST and its redirect (strings, numbers, this service's enums), and
 * reading them back accepts nothing else.
 */
final class FlashAttributes {

  private static final ObjectInputFilter ONLY_SIMPLE_VALUES = ObjectInputFilter.Config.createFilter(
      "maxdepth=4;maxrefs=500;maxbytes=20000;java.lang.*;java.util.*;java.time.*;uk.missingchildren.response.**;!*");

  private FlashAttributes() {}

  static String write(Map<String, ?> attributes) {
    if (attributes.isEmpty()) {
      return null;
    }
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(new LinkedHashMap<String, Object>(attributes));
    } catch (IOException notSerializable) {
      // A message that cannot be written down is left off a repeat's page; the work itself is done.
      return null;
    }
    return Base64.getEncoder().encodeToString(bytes.toByteArray());
  }

  @SuppressWarnings("unchecked")
  static Map<String, Serializable> read(String written) {
    if (written == null || written.isEmpty()) {
      return Map.of();
    }
    try (var in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(written)))) {
      in.setObjectInputFilter(ONLY_SIMPLE_VALUES);
      return (Map<String, Serializable>) in.readObject();
    } catch (IOException | ClassNotFoundException | IllegalArgumentException | ClassCastException unreadable) {
      return Map.of();
    }
  }
}

package uk.missingchildren.response.shared.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Optional;

/**
 * Writes the small values a form leaves for the next page (strings, numbers, this service's enums,
 * Spring's flash maps) as bytes, and reads them back accepting nothing else. Only ever given bytes
 * this service wrote: from its own database, or from a cookie whose signature was checked first.
 */
final class SmallValues {

  private static final ObjectInputFilter ONLY_SMALL_VALUES =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=8;maxrefs=1000;maxbytes=30000;java.lang.*;java.util.*;java.time.*;"
              + "org.springframework.web.servlet.FlashMap;org.springframework.util.LinkedMultiValueMap;org.springframework.util.MultiValueMapAdapter;"
              + "uk.missingchildren.response.**;!*");

  private SmallValues() {}

  static Optional<byte[]> write(Serializable value) {
    var bytes = new ByteArrayOutputStream();
    try (var out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    } catch (IOException notSerializable) {
      return Optional.empty();
    }
    return Optional.of(bytes.toByteArray());
  }

  static Optional<Object> read(byte[] written) {
    try (var in = new ObjectInputStream(new ByteArrayInputStream(written))) {
      in.setObjectInputFilter(ONLY_SMALL_VALUES);
      return Optional.ofNullable(in.readObject());
    } catch (IOException | ClassNotFoundException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}

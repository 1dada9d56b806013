package uk.missingchildren.response.session;

import java.io.Serial;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A form that arrived after its session had expired, kept until the person signs in again. */
record PendingSubmission(String action, Map<String, List<String>> fields) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  static final String SESSION_ATTRIBUTE = PendingSubmission.class.getName();

  PendingSubmission {
    fields = new LinkedHashMap<>(fields);
  }
}

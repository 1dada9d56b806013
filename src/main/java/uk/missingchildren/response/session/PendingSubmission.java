package uk.missingchildren.response.session;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.missingchildren.response.shared.forms.FormFieldNames;

/**
 * A form that arrived when it could not be accepted (its session had ended, or its page was drawn
 * before the person last signed in), kept until the person it was drawn for signs in and checks it.
 *
 * @param token the form rendering's {@link FormFieldNames#SUBMISSION} token, which identifies it
 * @param action the path it was sent to
 * @param fields every field as sent, except the CSRF token and passwords
 * @param owner the owner marker it carried, checked again against whoever signs in
 */
record PendingSubmission(
    String token, String action, Map<String, List<String>> fields, String owner, Instant keptAt)
    implements Serializable {

  @Serial private static final long serialVersionUID = 2L;

  PendingSubmission {
    fields = new LinkedHashMap<>(fields);
  }

  /** The fields a person would recognise: what they typed or chose, without the technical ones. */
  Map<String, List<String>> typedFields() {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    fields.forEach(
        (name, values) -> {
          if (!FormFieldNames.TECHNICAL.contains(name) && !KeptForms.HIDDEN_FIELDS.contains(name)) {
            typed.put(name, values);
          }
        });
    return typed;
  }
}

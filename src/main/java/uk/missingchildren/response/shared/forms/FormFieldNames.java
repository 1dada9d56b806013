package uk.missingchildren.response.shared.forms;

import java.util.Set;

/** The hidden fields every form posted to this service carries, added when the page is drawn. */
public final class FormFieldNames {

  /** A random value per form rendering: the same form sent twice carries the same one. */
  public static final String SUBMISSION = "_submission";

  /** Who the page was drawn for, signed by the service ({@link FormOwnerMarkers}). */
  public static final String OWNER = "_form";

  /** Spring Security's CSRF token. */
  public static final String CSRF = "_csrf";

  /** The fields that say nothing about what the person typed. */
  public static final Set<String> TECHNICAL = Set.of(SUBMISSION, OWNER, CSRF);

  private FormFieldNames() {}
}

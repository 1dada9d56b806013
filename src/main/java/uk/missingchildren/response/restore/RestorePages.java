package uk.missingchildren.response.restore;

/** The import's address and view, in one place. */
final class RestorePages {

  /**
   * The upload page. {@code shared.security.SecurityConfig} names it too, as the one address where
   * an upload over the limit is answered with its page rather than refused for want of its token.
   */
  static final String UPLOAD = "/partnerships/import";

  static final String UPLOAD_VIEW = "restore/upload";

  /** The form object's model name, as the page and its error summary know it. */
  static final String FORM = "restoreForm";

  private RestorePages() {}
}

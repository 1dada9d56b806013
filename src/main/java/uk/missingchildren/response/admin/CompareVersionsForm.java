package uk.missingchildren.response.admin;

import uk.missingchildren.response.framework.FrameworkCatalogue;

/** The two framework versions to compare, as chosen; either may be missing or unknown. */
record CompareVersionsForm(String from, String to) {

  /** The message key of what is wrong with the choice, or null if it can be compared. */
  String problem(FrameworkCatalogue catalogue) {
    if (from == null || from.isBlank() || catalogue.version(from).isEmpty()) {
      return "admin.framework.compare.error.from";
    }
    if (to == null || to.isBlank() || catalogue.version(to).isEmpty()) {
      return "admin.framework.compare.error.to";
    }
    if (from.equals(to)) {
      return "admin.framework.compare.error.same";
    }
    return null;
  }
}

package uk.missingchildren.response.shared.web;

/** Guards "return to" parameters so they can only send people to a page of this service. */
public final class LocalRedirects {

  private LocalRedirects() {}

  /** Returns {@code target} if it is a path on this site, otherwise the start page. */
  public static String localPathOrHome(String target) {
    if (target == null
        || !target.startsWith("/")
        || target.startsWith("//")
        || target.contains("\\")
        || target.chars().anyMatch(Character::isISOControl)) {
      return "/";
    }
    return target;
  }
}

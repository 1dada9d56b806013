package uk.missingchildren.response.support;

import java.util.List;

/**
 * Every page anyone can open without signing in. Browser tests scan each with axe, and an
 * integration test fails if a new public GET route is added without being listed here.
 */
public final class PublicPages {

  public static final List<String> ALL =
      List.of(
          "/",
          "/information-sheet",
          "/resources",
          "/accessibility",
          "/privacy",
          "/cookies",
          "/checklists",
          "/checklists/sources",
          "/register",
          "/sign-in",
          "/forgotten-password");

  /**
   * Pages that only make sense part-way through a journey (they redirect when opened directly). The
   * journey browser tests scan them with axe.
   */
  public static final List<String> JOURNEY_PAGES =
      List.of("/register/check-email", "/forgotten-password/check-email");

  /** One page per thematic checklist, from the current framework content. */
  public static final List<String> CHECKLIST_SLUGS =
      List.of(
          "leadership-and-protocol",
          "data-and-information-sharing",
          "prevention-and-early-help",
          "police-response",
          "return-home-interviews",
          "repeat-missing-and-follow-up",
          "children-in-care",
          "exploitation-and-trafficking",
          "education",
          "health",
          "voice-and-family-support",
          "workforce-and-practice-quality");

  /** Every public page, checklists included. */
  public static List<String> everyPage() {
    List<String> pages = new java.util.ArrayList<>(ALL);
    CHECKLIST_SLUGS.forEach(slug -> pages.add("/checklists/" + slug));
    return pages;
  }

  /** Pages that exist only to report an error, opened by asking for something that isn't there. */
  public static final String NOT_FOUND_EXAMPLE = "/this-page-does-not-exist";

  private PublicPages() {}
}

package uk.missingchildren.response.support;

import java.util.List;

/**
 * Every page anyone can open without signing in. Browser tests scan each with axe, and an
 * integration test fails if a new public GET route is added without being listed here.
 */
public final class PublicPages {

  public static final List<String> ALL =
      List.of("/", "/information-sheet", "/resources", "/accessibility", "/privacy", "/cookies");

  /**
   * Files to download rather than pages: not scanned by axe (their accessibility is checked by
   * ChecklistDownloadsIntegrationTest), so left out of {@link #ALL}.
   */
  public static final List<String> DOWNLOADS =
      List.of("/checklists/all.pdf", "/checklists/all.docx", "/information-sheet.pdf");

  /** Pages that exist only to report an error, opened by asking for something that isn't there. */
  public static final String NOT_FOUND_EXAMPLE = "/this-page-does-not-exist";

  private PublicPages() {}
}

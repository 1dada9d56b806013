package uk.missingchildren.response.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The application's compiled classes and the pattern that cuts them into its top-level packages:
 * one model, so that the rules about packages and the module diagram in docs/modules.md agree.
 */
final class FeaturePackages {

  static final String BASE = "uk.missingchildren.response";

  /**
   * One slice per top-level package; the application class, in the base package itself, is in none.
   */
  static final String TOP_LEVEL = BASE + ".(*)..";

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(BASE);

  private FeaturePackages() {}
}

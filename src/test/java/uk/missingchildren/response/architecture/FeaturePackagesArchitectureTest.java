package uk.missingchildren.response.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static uk.missingchildren.response.architecture.FeaturePackages.BASE;
import static uk.missingchildren.response.architecture.FeaturePackages.CLASSES;
import static uk.missingchildren.response.architecture.FeaturePackages.TOP_LEVEL;

import org.junit.jupiter.api.Test;

/** The features stay layered, so each can be read, changed and tested without the ones above it. */
class FeaturePackagesArchitectureTest {

  @Test
  void featurePackages_formNoCycles() {
    slices()
        .matching(TOP_LEVEL)
        .namingSlices("$1")
        .should()
        .beFreeOfCycles()
        .because(
            "a lower feature that needs something from a higher one defines an interface the higher one"
                + " implements, as partnership.PartnershipHomeContributor does")
        .check(CLASSES);
  }

  @Test
  void meetingPackage_dependsOnNoFeature_onlyOnSharedAccountPartnershipAuditAndConfig() {
    classes()
        .that()
        .resideInAPackage(BASE + ".meeting..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            BASE + ".meeting..",
            BASE + ".shared..",
            BASE + ".account..",
            BASE + ".partnership..",
            BASE + ".audit..",
            BASE + ".config..",
            "java..",
            "javax..",
            "jakarta..",
            "org.springframework..",
            "org.hibernate..",
            // Logging, like the frameworks above, is not a feature.
            "org.slf4j..")
        .because(
            "stage one, stage two and follow-up meetings are all built on it, so it must not depend on any of"
                + " them, nor on another feature")
        .allowEmptyShould(true)
        .check(CLASSES);
  }
}

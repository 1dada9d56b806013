package uk.missingchildren.response.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;
import uk.missingchildren.response.partnership.PartnershipContext;
import uk.missingchildren.response.shared.access.CheckedWithoutContext;
import uk.missingchildren.response.shared.access.PartnershipOwned;

/** Partnership data is reached only through services that have checked membership. */
class PartnershipAccessArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.missingchildren.response");

  private static final DescribedPredicate<JavaClass> PARTNERSHIP_OWNED_REPOSITORY =
      DescribedPredicate.describe(
          "a @PartnershipOwned repository", c -> c.isAnnotatedWith(PartnershipOwned.class));

  @Test
  void controllers_neverUseRepositoriesDirectly() {
    noClasses()
        .that()
        .areAnnotatedWith(Controller.class)
        .or()
        .areAnnotatedWith(RestController.class)
        .should()
        .dependOnClassesThat()
        .areAssignableTo(Repository.class)
        .because("partnership access is checked in services, not bypassed from a controller")
        .check(CLASSES);
  }

  @Test
  void servicesUsingPartnershipOwnedRepositories_takeAPartnershipContextInEveryPublicMethod() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(Service.class)
        .and()
        .arePublic()
        .and(
            DescribedPredicate.describe(
                "declared in a class that uses a @PartnershipOwned repository",
                (JavaMethod method) ->
                    method.getOwner().getDirectDependenciesFromSelf().stream()
                        .anyMatch(
                            dependency ->
                                PARTNERSHIP_OWNED_REPOSITORY.test(dependency.getTargetClass()))))
        .should(takeAPartnershipContextOrSayWhyNot())
        .because("partnership access is checked")
        .check(CLASSES);
  }

  @Test
  void partnershipOwnedRepositories_areNotPublicOutsideTheirFeature_exceptTheAuditLog() {
    noClasses()
        .that()
        .areAnnotatedWith(PartnershipOwned.class)
        .and()
        .doNotHaveSimpleName("AuditEvents")
        .should()
        .haveModifier(JavaModifier.PUBLIC)
        .because("other features must go through the owning feature's access-checked services")
        .check(CLASSES);
  }

  private static ArchCondition<JavaMethod> takeAPartnershipContextOrSayWhyNot() {
    return new ArchCondition<>("take a PartnershipContext or be marked @CheckedWithoutContext") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        boolean takesContext =
            method.getRawParameterTypes().stream()
                .anyMatch(type -> type.isEquivalentTo(PartnershipContext.class));
        boolean explained = method.isAnnotatedWith(CheckedWithoutContext.class);
        if (!takesContext && !explained) {
          events.add(
              SimpleConditionEvent.violated(
                  method,
                  method.getFullName() + " reads partnership data without a PartnershipContext"));
        }
      }
    };
  }
}

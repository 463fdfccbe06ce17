package dev.pms;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.pms.workspace.Role;
import dev.pms.workspace.WorkspaceAccess;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

/** The house rules of STYLE.md that a compiler does not check. */
class ArchitectureTests {
    static final JavaClasses PMS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.pms");

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAnnotatedWith(Repository.class).should().notBePublic().check(PMS);
    }

    @Test
    void controllersLiveInWebOrApiPackages() {
        classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().resideInAnyPackage("..web..", "..api..").check(PMS);
    }

    @Test
    void nothingUsesFieldInjection() {
        noFields().should().beAnnotatedWith(org.springframework.beans.factory.annotation.Autowired.class).check(PMS);
    }

    @Test
    void transactionsAreOnlyOnPublicMethods() {
        methods().that().areAnnotatedWith(Transactional.class).should().bePublic().check(PMS);
    }

    @Test
    void nothingWritesToStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(PMS);
    }

    @Test
    void onlyTheWorkspaceModuleMakesAnAccessProof() {
        noClasses().that().resideOutsideOfPackage("dev.pms.workspace..")
                .should().callConstructor(WorkspaceAccess.class, UUID.class, UUID.class, Role.class)
                .check(PMS);
    }

    @Test
    void onlyTheWorkspaceModuleComparesRoles() {
        noClasses().that().resideOutsideOfPackage("dev.pms.workspace..")
                .should().callMethod(dev.pms.workspace.Role.class, "grants", dev.pms.workspace.Permission.class)
                .check(PMS);
    }
}

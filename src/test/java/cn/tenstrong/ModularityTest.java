package cn.tenstrong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Module boundaries: no module reaches into another's internals, no cycles, no dumping-ground packages. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PlatformApplication.class);

    @Test
    void modulesRespectEachOthersInternals() {
        modules.verify();
    }

    @Test
    void theExpectedModulesExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "database", "org", "access", "audit", "portal");
    }

    @Test
    void thereAreNoLayerOrUtilityPackagesSpanningTheApp() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..common..",
                        "cn.tenstrong.controller..", "cn.tenstrong.service..", "cn.tenstrong.repository..")
                .allowEmptyShould(true)
                .check(new com.tngtech.archunit.core.importer.ClassFileImporter()
                        .importPackages("cn.tenstrong"));
    }
}

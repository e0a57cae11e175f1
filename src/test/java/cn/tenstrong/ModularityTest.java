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

    /**
     * A module's SQL names only its own tables (each module's tables carry its name as prefix): another module's data
     * is read through that module's API, so a module can change its schema without breaking the others.
     */
    @Test
    void sqlTouchesOnlyTheModulesOwnTables() throws java.io.IOException {
        java.util.List<String> owners = java.util.List.of("org", "access", "audit", "plan", "ledger", "chain",
                "enterprise", "project", "targeting", "evaluation", "briefing", "supervision", "listing");
        java.util.regex.Pattern table = java.util.regex.Pattern.compile(
                "(?i)\\b(?:from|join|into|update)\\s+(" + String.join("|", owners) + ")(?:_\\w+)?\\b");
        java.util.List<String> violations = new java.util.ArrayList<>();
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java/cn/tenstrong");
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                String module = root.relativize(f).getName(0).toString();
                String text = java.nio.file.Files.readString(f);
                var m = table.matcher(text);
                while (m.find()) {
                    if (!m.group(1).equalsIgnoreCase(module)) {
                        violations.add(root.relativize(f) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(violations).as("SQL reading another module's tables").isEmpty();
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

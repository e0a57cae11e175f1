package cn.tenstrong;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.json.BasicJsonParser;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: no module reaches into another's internals, dependencies only as declared (no cycles), a
 * module's SQL and migrations name only its own tables, persistence calls no other module, a module's API does not
 * lean on its own implementation, startup runners run after those of the modules they build on. Each rule was seen to
 * fail on a deliberate violation (README, "Module rules").
 */
class ModularityTest {

    /** Every module: a name here that is no module, or a module not named here, fails {@link #theModulesAreExactlyThese}. */
    static final List<String> MODULES = List.of("shared", "database", "org", "access", "audit", "plan", "ledger", "chain",
            "enterprise", "project", "targeting", "portal", "evaluation", "supervision", "listing");

    /** Built once for all rules (building it is most of this test's time). */
    static final ApplicationModules modules = ApplicationModules.of(PlatformApplication.class);

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.tenstrong");

    @Test
    void modulesRespectEachOthersInternalsAndTheirDeclaredDependencies() {
        modules.verify(); // internals, cycles, and each module's allowedDependencies
    }

    @Test
    void theModulesAreExactlyThese() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).containsExactlyInAnyOrderElementsOf(MODULES);
    }

    /**
     * Each module declares the modules it may use, and the declaration is the real graph: a dependency not declared
     * fails {@link ApplicationModules#verify()}, a declared one no longer used fails here.
     */
    @Test
    void eachModuleDeclaresExactlyTheModulesItUses() throws ClassNotFoundException {
        Map<String, Set<String>> declared = new TreeMap<>();
        Map<String, Set<String>> used = new TreeMap<>();
        for (String m : MODULES) {
            ApplicationModule a = Class.forName("cn.tenstrong." + m + ".package-info").getAnnotation(ApplicationModule.class);
            assertThat(a).as("@ApplicationModule on %s's package-info", m).isNotNull();
            assertThat(a.allowedDependencies()).as("%s declares its allowed dependencies", m)
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
            declared.put(m, new TreeSet<>(Arrays.asList(a.allowedDependencies())));
            used.put(m, modules.getModuleByName(m).orElseThrow().getDirectDependencies(modules).stream()
                    .map(ApplicationModuleDependency::getTargetModule).map(t -> t.getIdentifier().toString())
                    .filter(t -> !t.equals(m)).collect(Collectors.toCollection(TreeSet::new)));
        }
        List<String> differences = new ArrayList<>();
        for (String m : MODULES) {
            declared.get(m).stream().filter(d -> !used.get(m).contains(d))
                    .forEach(d -> differences.add(m + " declares " + d + " but does not use it"));
            used.get(m).stream().filter(d -> !declared.get(m).contains(d))
                    .forEach(d -> differences.add(m + " uses " + d + " but does not declare it"));
        }
        assertThat(differences).as("allowedDependencies against the real module graph").isEmpty();
    }

    /**
     * A module's SQL names only its own tables (each module's tables carry its name as prefix): another module's data
     * is read through that module's API, so a module can change its schema without breaking the others.
     */
    @Test
    void sqlTouchesOnlyTheModulesOwnTables() throws IOException {
        // a table name, not a path (shared/data)
        Pattern table = Pattern.compile("(?i)\\b(?:from|join|into|update)\\s+(" + String.join("|", MODULES)
                + ")(?:_\\w+)?\\b(?!/)");
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/java/cn/tenstrong");
        for (Path f : files(root, ".java")) {
            String module = root.relativize(f).getName(0).toString();
            Matcher m = table.matcher(Files.readString(f));
            while (m.find()) {
                if (!m.group(1).equalsIgnoreCase(module)) {
                    violations.add(root.relativize(f) + ": " + m.group());
                }
            }
        }
        assertThat(violations).as("SQL reading another module's tables").isEmpty();
    }

    /**
     * A module's migrations (db/migration/&lt;module&gt;) name another module's table only as a foreign key to a module
     * it may depend on, or to register its own permissions in {@code access_role_permission}; they never change or
     * read another module's data.
     */
    @Test
    void migrationsTouchOnlyTheModulesOwnTables() throws IOException, ClassNotFoundException {
        Pattern table = Pattern.compile("(?i)\\b(from|join|into|update|references|table(?:\\s+if\\s+(?:not\\s+)?exists)?"
                + "|on|delete\\s+from|alter\\s+table)\\s+(" + String.join("|", MODULES) + ")(_\\w+)?\\b");
        List<String> violations = new ArrayList<>();
        Path root = Path.of("src/main/resources/db/migration");
        for (Path f : files(root, ".sql")) {
            String module = root.relativize(f).getName(0).toString();
            Set<String> allowed = Set.of(Class.forName("cn.tenstrong." + module + ".package-info")
                    .getAnnotation(ApplicationModule.class).allowedDependencies());
            // the columns of CREATE STATISTICS … ON col, col FROM table are columns (chain_code), not tables
            Matcher m = table.matcher(Files.readString(f).replaceAll("--[^\\n]*", "")
                    .replaceAll("(?is)(create\\s+statistics\\s+.*?)\\bon\\s+[^;]*?\\s(from\\s)", "$1$2"));
            while (m.find()) {
                String owner = m.group(2).toLowerCase();
                String verb = m.group(1).toLowerCase();
                String name = owner + (m.group(3) == null ? "" : m.group(3).toLowerCase());
                boolean own = owner.equals(module);
                boolean foreignKey = verb.equals("references") && allowed.contains(owner);
                boolean permissions = verb.equals("into") && name.equals("access_role_permission")
                        && allowed.contains("access");
                if (!own && !foreignKey && !permissions) {
                    violations.add(root.relativize(f) + ": " + m.group());
                }
            }
        }
        assertThat(violations).as("migrations touching another module's tables").isEmpty();
    }

    /** Persistence is SQL: it calls no other module (names and lists of another module are the service's business). */
    @Test
    void persistenceCallsNoOtherModule() {
        for (String m : MODULES) {
            noClasses().that().resideInAPackage("cn.tenstrong." + m + ".persistence..")
                    .should().dependOnClassesThat(anotherModulesService(m))
                    .because("persistence of " + m + " is SQL only")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** A module's API (its base package) does not lean on its own implementation packages. */
    @Test
    void aModulesApiDoesNotImportItsImplementation() {
        for (String m : MODULES) {
            noClasses().that().resideInAPackage("cn.tenstrong." + m)
                    .should().dependOnClassesThat(implementationOf(m))
                    .because("the API of " + m + " is what other modules see; internal, persistence and web are not")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /**
     * Startup runners (reference data, demo data) run in the order of the module graph: a runner runs after every
     * runner of the modules its module depends on. Spring Modulith's ApplicationModuleInitializer would order them so
     * by itself, but not in the order the data needs, so they keep @Order and this test checks it. Two runners
     * deliberately go against the graph: {@code project}'s DemoBindings binds targets to signed leads, so it runs
     * after {@code targeting}'s DemoLeads although targeting depends on project; {@code ledger}'s DemoRound reports on
     * the plan only and runs before the project demo, which feeds the ledger's live values afterwards.
     */
    @Test
    void startupRunnersRunAfterThoseOfTheModulesTheyBuildOn() {
        Set<String> againstTheGraph = Set.of("cn.tenstrong.project.internal.DemoBindings",
                "cn.tenstrong.ledger.internal.DemoRound");
        Map<String, List<JavaClass>> runners = new HashMap<>();
        classes.stream().filter(c -> c.isAssignableTo(ApplicationRunner.class) && c.isAnnotatedWith(Order.class))
                .forEach(c -> runners.computeIfAbsent(moduleOf(c), k -> new ArrayList<>()).add(c));
        List<String> violations = new ArrayList<>();
        runners.forEach((module, own) -> modules.getModuleByName(module).orElseThrow().getAllDependencies(modules)
                .uniqueModules().map(d -> d.getIdentifier().toString()).filter(d -> !d.equals(module))
                .forEach(dep -> {
                    for (JavaClass runner : own) {
                        for (JavaClass before : runners.getOrDefault(dep, List.of())) {
                            if (againstTheGraph.contains(runner.getName()) || againstTheGraph.contains(before.getName())) {
                                continue;
                            }
                            if (order(runner) <= order(before)) {
                                violations.add(runner.getSimpleName() + " (" + module + ", @Order " + order(runner)
                                        + ") runs before " + before.getSimpleName() + " (" + dep + ", @Order "
                                        + order(before) + ")");
                            }
                        }
                    }
                }));
        assertThat(violations).as("runners ordered against the module graph").isEmpty();
    }

    @Test
    void thereAreNoLayerOrUtilityPackagesSpanningTheApp() {
        noClasses().should().resideInAnyPackage("..util..", "..utils..", "..helper..", "..common..",
                        "cn.tenstrong.controller..", "cn.tenstrong.service..", "cn.tenstrong.repository..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The module documentation (diagrams, canvases) in docs/modules, written afresh from the model on each run; the
     * diagrams' element and relation lines are sorted, so an unchanged model leaves the committed files unchanged.
     */
    @Test
    void writesTheModuleDocumentation() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        for (Path diagram : files(Path.of("docs/modules"), ".puml")) {
            Files.write(diagram, sortedRuns(Files.readAllLines(diagram)));
        }
        assertThat(Path.of("docs/modules/components.puml")).exists();
        // the canvases read this with Spring Boot's BasicJsonParser, which counts brackets and commas inside strings:
        // a comment with an unbalanced bracket ("[start, end)") or an ASCII comma inside ASCII quotes silently swallows
        // the comments of every type after it, so each type must come out as its own entry
        String javadoc = Files.readString(Path.of("target/generated-spring-modulith/javadoc.json"));
        assertThat(new BasicJsonParser().parseList(javadoc).size()).as("types in javadoc.json as Spring Modulith reads it")
                .isEqualTo(javadoc.split(Pattern.quote("{\"name\":\"cn.tenstrong."), -1).length - 1);
    }

    /** Runs of consecutive Component(…) or Rel(…) lines in sorted order (the Documenter writes them in hash order). */
    private static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            boolean element = line.strip().startsWith("Component(") || line.startsWith("Rel(");
            if (!element && !run.isEmpty()) {
                run.sort(null);
                out.addAll(run);
                run.clear();
            }
            (element ? run : out).add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }

    private static DescribedPredicate<JavaClass> anotherModulesService(String module) {
        return DescribedPredicate.describe("a service of another module than " + module, c -> {
            String other = moduleOf(c);
            return other != null && !other.equals(module) && !other.equals("shared") && c.isInterface();
        });
    }

    private static DescribedPredicate<JavaClass> implementationOf(String module) {
        String base = "cn.tenstrong." + module + ".";
        return DescribedPredicate.describe("the internal, persistence or web packages of " + module,
                c -> c.getPackageName().startsWith(base + "internal") || c.getPackageName().startsWith(base + "persistence")
                        || c.getPackageName().startsWith(base + "web"));
    }

    static String moduleOf(JavaClass c) {
        String p = c.getPackageName();
        if (!p.startsWith("cn.tenstrong.")) {
            return null;
        }
        String rest = p.substring("cn.tenstrong.".length());
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return MODULES.contains(first) ? first : null;
    }

    private static int order(JavaClass c) {
        return c.getAnnotationOfType(Order.class).value();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}

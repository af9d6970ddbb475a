package org.linkage110.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module rules of STYLE.md, checked on the compiled code of every module: dependencies point
 * one way (web → supervision → routing → intake → platform → domain), no cycles, no module
 * reaches into another's {@code internal} package, and each module's entities and migrations
 * touch only its own tables.
 */
class ArchitectureTest {

    /** Module → its root package and the source folder that holds it. */
    private static final Map<String, String> MODULE_DIRECTORY = Map.of(
            "platform", "config", "intake", "intake", "routing", "routing", "supervision", "supervision");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.linkage110");

    @Test
    void modulesDependOneWay() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("domain").definedBy("org.linkage110.domain..")
                .layer("platform").definedBy("org.linkage110.platform..")
                .layer("intake").definedBy("org.linkage110.intake..")
                .layer("routing").definedBy("org.linkage110.routing..")
                .layer("supervision").definedBy("org.linkage110.supervision..")
                .layer("web").definedBy("org.linkage110.web..")
                .whereLayer("web").mayNotBeAccessedByAnyLayer()
                .whereLayer("supervision").mayOnlyBeAccessedByLayers("web")
                .whereLayer("routing").mayOnlyBeAccessedByLayers("supervision", "web")
                .whereLayer("intake").mayOnlyBeAccessedByLayers("routing", "supervision", "web")
                .whereLayer("platform").mayOnlyBeAccessedByLayers("intake", "routing", "supervision", "web");
        rule.check(CLASSES);
    }

    @Test
    void modulesAreFreeOfCycles() {
        slices().matching("org.linkage110.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "intake", "routing", "supervision"})
    void internalsStayInsideTheirModule(String module) {
        String root = "org.linkage110." + module;
        classes().that().resideInAPackage(root + ".internal..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage(root + "..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNothingButTheJdkAndJpaAnnotations() {
        classes().that().resideInAPackage("org.linkage110.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "jakarta.persistence..", "org.linkage110.domain..")
                .check(CLASSES);
    }

    /**
     * What a module hands out may end up in a portal session (view-scoped beans keep the rows they
     * show), and a cluster replicates sessions: every record of a module's API is Serializable.
     */
    @Test
    void theModulesRecordsCanGoIntoAReplicatedSession() {
        classes().that().areRecords().and().arePublic().and().resideOutsideOfPackage("..internal..")
                .and().resideOutsideOfPackage("org.linkage110.web..")
                .should().beAssignableTo(java.io.Serializable.class)
                .check(CLASSES);
    }

    @Test
    void noImplOrManagerNames() {
        noClasses().should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
                .check(CLASSES);
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "intake", "routing", "supervision"})
    void entitiesMapOnlyTheirModulesTables(String module) {
        for (JavaClass entity : CLASSES) {
            if (entity.getPackageName().startsWith("org.linkage110." + module + ".") && entity.isAnnotatedWith(Entity.class)) {
                String table = entity.getAnnotationOfType(Table.class).name();
                assertThat(table).as(entity.getName()).startsWith(module + "_");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform", "intake", "routing", "supervision"})
    void migrationsTouchOnlyTheirModulesTables(String module) {
        assertThat(foreignTables(module, migrationSources(module))).isEmpty();
    }

    @Test
    void theTableCheckSeesAForeignTable() {
        assertThat(foreignTables("routing", List.of("INSERT INTO intake_incident (id) SELECT id FROM routing_grid")))
                .containsExactly("intake_incident");
        assertThat(foreignTables("routing", List.of(
                "CREATE TRIGGER t BEFORE UPDATE ON routing_grid FOR EACH ROW SET x = 1")))
                .isEmpty();
        assertThat(foreignTables("supervision", List.of(
                "-- what is done on site\nINSERT INTO supervision_checklist_item (label) VALUES ('On scene in time')")))
                .isEmpty();
    }

    private static final Pattern TABLE_REFERENCE = Pattern.compile(
            "(?i)\\b(?:TABLE|INTO|UPDATE|FROM|JOIN|REFERENCES|ON)\\s+`?([a-z_][a-z0-9_]*)`?");
    /** Comments and string literals say things ("on scene") that are not table references. */
    private static final Pattern SQL_COMMENT = Pattern.compile("--[^\n]*");
    private static final Pattern SQL_STRING = Pattern.compile("'(?:[^'\\n]|'')*'");
    private static final Set<String> NOT_TABLES = Set.of("on", "set", "if", "not", "exists", "each", "duplicate",
            "delete", "update", "insert");

    private static Set<String> foreignTables(String module, List<String> sources) {
        Set<String> foreign = new TreeSet<>();
        for (String source : sources) {
            String code = SQL_STRING.matcher(SQL_COMMENT.matcher(source).replaceAll("")).replaceAll("''");
            Matcher m = TABLE_REFERENCE.matcher(code);
            while (m.find()) {
                String name = m.group(1).toLowerCase();
                if (!NOT_TABLES.contains(name) && !name.startsWith(module + "_")) {
                    foreign.add(name);
                }
            }
        }
        return foreign;
    }

    /** The SQL migrations and the Java migrations (their SQL is in string literals) of a module. */
    private static List<String> migrationSources(String module) {
        Path base = Path.of("..", MODULE_DIRECTORY.get(module), "src", "main");
        Path schema = Path.of("org", "linkage110", module, "internal", "schema");
        return Stream.of(base.resolve("resources").resolve(schema), base.resolve("java").resolve(schema))
                .filter(Files::isDirectory)
                .flatMap(ArchitectureTest::files)
                .filter(p -> p.toString().endsWith(".sql") || p.getFileName().toString().matches("V\\d+__.*\\.java"))
                .map(p -> p.toString().endsWith(".sql") ? withoutComments(read(p)) : stringLiterals(read(p)))
                .toList();
    }

    private static String withoutComments(String sql) {
        return sql.replaceAll("--[^\\n]*", "");
    }

    private static String stringLiterals(String java) {
        StringBuilder literals = new StringBuilder();
        Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(java);
        while (m.find()) {
            literals.append(m.group(1)).append('\n');
        }
        return literals.toString();
    }

    private static Stream<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

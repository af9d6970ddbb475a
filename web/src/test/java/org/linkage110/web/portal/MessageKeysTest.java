package org.linkage110.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every message key the portal uses — written in a page, built in a page from a prefix and a value
 * of the code, or named in a backing bean — is in both bundles, so no page ever shows {@code ???key???}.
 */
class MessageKeysTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final List<Path> MODULES = Stream.of("domain", "config", "intake", "routing", "supervision")
            .map(m -> Path.of("..", m, "src/main/java")).toList();

    /** Prefixes the pages join with a value, and where the values come from. */
    private static final Map<String, List<Class<? extends Enum<?>>>> ENUM_PREFIXES = Map.ofEntries(
            Map.entry("status.", List.of(org.linkage110.intake.IncidentStatus.class)),
            Map.entry("source.", List.of(org.linkage110.domain.IncidentSource.class)),
            Map.entry("intake.source.", List.of(org.linkage110.domain.IncidentSource.class)),
            Map.entry("role.", List.of(org.linkage110.domain.Role.class, org.linkage110.routing.UnitRole.class)),
            Map.entry("instructionStatus.", List.of(org.linkage110.routing.InstructionStatus.class)),
            Map.entry("orderStatus.", List.of(org.linkage110.routing.OrderStatus.class)),
            Map.entry("stage.", List.of(org.linkage110.domain.calendar.Stage.class)),
            Map.entry("act.", List.of(org.linkage110.routing.InstructionAction.class)),
            Map.entry("class.", List.of(org.linkage110.domain.HandlingClass.class)),
            Map.entry("level.", List.of(org.linkage110.domain.InstructionLevel.class)),
            Map.entry("mode.", List.of(org.linkage110.domain.DispatchMode.class)),
            Map.entry("callFlag.", List.of(org.linkage110.intake.CallFlag.class)),
            Map.entry("instrument.", List.of(org.linkage110.supervision.InstrumentKind.class)),
            Map.entry("apiCall.", List.of(org.linkage110.platform.ApiCall.class)),
            Map.entry("rules.kind.", List.of(RuleDiff.Kind.class)));

    private static Properties zh;
    private static Properties en;

    @BeforeAll
    static void readBundles() throws IOException {
        zh = bundle("messages_zh.properties");
        en = bundle("messages_en.properties");
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/org/linkage110/web/i18n", name))) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothBundlesHoldTheSameKeysAndNoneIsEmpty() {
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).filteredOn(k -> zh.getProperty(k).isBlank()).isEmpty();
        assertThat(en.stringPropertyNames()).filteredOn(k -> en.getProperty(k).isBlank()).isEmpty();
    }

    @Test
    void everyKeyWrittenInAPageIsInBothBundles() throws IOException {
        Set<String> keys = found(files(WEBAPP, ".xhtml"), Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]"));
        assertThat(keys).hasSizeGreaterThan(300);
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyKeyABackingBeanNamesIsInBothBundles() throws IOException {
        Set<String> keys = found(files(JAVA, ".java"), Pattern.compile(
                "messages\\.(?:info|error|text)\\(\"([A-Za-z0-9_.]+[A-Za-z0-9_])\"[,)]"));
        keys.addAll(found(files(JAVA, ".java"), Pattern.compile(
                "\\? \"([a-z]+\\.[A-Za-z0-9_.]+)\" : \"([a-z]+\\.[A-Za-z0-9_.]+)\"")));
        ProblemTexts.RULES.forEach(r -> keys.add(r.key()));
        RuleDiff.FIELDS.forEach(field -> keys.add("rules.field." + field));
        keys.add("problem.other");
        keys.add("constraint.other");
        assertThat(keys).hasSizeGreaterThan(100);
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyValueAPageJoinsToAKnownPrefixIsInBothBundles() throws IOException {
        Set<String> prefixes = found(files(WEBAPP, ".xhtml"), Pattern.compile("msg\\['([A-Za-z0-9_.]+\\.)'\\.concat"));
        Set<String> keys = new TreeSet<>();
        ENUM_PREFIXES.forEach((prefix, enums) -> {
            assertThat(prefixes).as("a page joins " + prefix).contains(prefix);
            enums.forEach(e -> Arrays.stream(e.getEnumConstants()).forEach(c -> keys.add(prefix + c.name())));
        });
        assertThat(missing(keys)).isEmpty();
    }

    @Test
    void everyKindOfNotificationAndEveryAuditedActionHasItsWords() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path module : MODULES) {
            sources.addAll(files(module, ".java"));
        }
        Set<String> kinds = new TreeSet<>(found(sources, Pattern.compile("notifications\\.raise\\([^,]+, \"([A-Z_]+)\"")));
        // kinds named by a constant (a warning's KIND) or passed on by the deadline watch
        kinds.addAll(found(sources, Pattern.compile("static final String KIND = \"([A-Z_]+)\"")));
        kinds.addAll(found(sources, Pattern.compile("tell\\(stage, \"([A-Z_]+)\"")));
        assertThat(kinds).contains("CLASS_WARNING", "RECTIFICATION", "OUTBOX_DEAD", "DEADLINE_WARNING");
        Set<String> keys = new TreeSet<>();
        kinds.forEach(k -> keys.add("notification." + k));
        found(sources, Pattern.compile("\"((?:intake|routing|supervision)\\.(?:incident|call|drill|order|instruction|record"
                + "|callback|instrument|warning|rectification|check|report|sample)\\.[a-z-]+)\""))
                .forEach(a -> keys.add("action." + a));
        assertThat(missing(keys)).isEmpty();
    }

    /** Keys missing from either bundle, each named with the bundle it is missing from. */
    private static List<String> missing(Set<String> keys) {
        List<String> missing = new ArrayList<>();
        for (String key : keys) {
            if (!zh.containsKey(key)) {
                missing.add("zh: " + key);
            }
            if (!en.containsKey(key)) {
                missing.add("en: " + key);
            }
        }
        return missing;
    }

    static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }

    private static Set<String> found(List<Path> files, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path file : files) {
            Matcher m = pattern.matcher(Files.readString(file));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        found.add(m.group(g));
                    }
                }
            }
        }
        return found;
    }
}

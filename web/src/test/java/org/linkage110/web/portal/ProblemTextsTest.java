package org.linkage110.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.linkage110.intake.CommonProblem;
import org.linkage110.intake.FieldProblem;
import org.linkage110.intake.IntakeProblem;
import org.linkage110.intake.ProblemCode;
import org.linkage110.routing.RoutingProblem;
import org.linkage110.supervision.SupervisionProblem;

/**
 * Every refusal a module gives has the portal's words in both languages: a field's refusal by its
 * stable code (each constant of the modules' problem enums has {@code problem.<CODE>} in both
 * bundles, with no value the code does not give); a message still spelled out in English
 * ({@code new FieldProblem(field, "…")}, {@code RoutingRefusedException.of(field, "…")},
 * {@code IllegalMoveException.illegal("…")}) by its pattern: the test reads each of the modules'
 * sources, puts a value where the message joins one in, and asks ProblemTexts to recognise it.
 */
class ProblemTextsTest {

    private static final Pattern CALL = Pattern.compile(
            "(new FieldProblem\\(|RoutingRefusedException\\.of\\(|IllegalMoveException\\.illegal\\()");

    @Test
    void everyMessageTheModulesSpellOutIsRecognised() throws IOException {
        List<String> messages = new ArrayList<>();
        for (String module : List.of("config", "intake", "routing", "supervision", "web")) {
            for (Path file : MessageKeysTest.files(Path.of("..", module, "src/main/java"), ".java")) {
                String source = Files.readString(file);
                Matcher m = CALL.matcher(source);
                while (m.find()) {
                    List<String> args = arguments(source, m.end());
                    int which = m.group(1).startsWith("IllegalMove") ? 0 : 1;
                    if (args.size() > which) {
                        String message = messageOf(args.get(which));
                        if (message != null) {
                            messages.add(message);
                        }
                    }
                }
            }
        }
        assertThat(messages).hasSizeGreaterThan(15);
        assertThat(messages).filteredOn(text -> ProblemTexts.recognise(text).isEmpty()).isEmpty();
    }

    @Test
    void aMessageKeepsItsValuesAndAStateReadsInWords() {
        ProblemTexts.Known unit = ProblemTexts.recognise("no linkage unit NOPE").orElseThrow();
        assertThat(unit.key()).isEqualTo("problem.noUnit");
        assertThat(unit.args()).containsExactly("NOPE");
        ProblemTexts.Known move = ProblemTexts.recognise("SIGN is not allowed while the instruction is RETURNED")
                .orElseThrow();
        assertThat(move.key()).isEqualTo("problem.instructionMove");
        assertThat(move.argPrefixes()).containsExactly("act.", "instructionStatus.");
        assertThat(ProblemTexts.recognise("something nobody wrote")).isEmpty();
    }

    static final List<ProblemCode> CODES = Stream.of(CommonProblem.values(), IntakeProblem.values(),
            RoutingProblem.values(), SupervisionProblem.values()).flatMap(Arrays::stream).map(ProblemCode.class::cast)
            .toList();

    @Test
    void everyCodeHasItsWordsInBothBundlesWithNoValueItDoesNotGive() throws IOException {
        assertThat(CODES).hasSizeGreaterThan(60);
        assertThat(CODES.stream().map(ProblemCode::name)).doesNotHaveDuplicates();
        for (String language : List.of("zh", "en")) {
            Properties bundle = bundle(language);
            for (ProblemCode code : CODES) {
                String key = ProblemTexts.keyOf(code.name());
                assertThat(bundle.getProperty(key)).as(language + ": " + key).isNotBlank();
                assertThat(placeholders(bundle.getProperty(key))).as(language + ": " + key)
                        .isSubsetOf(placeholders(code.english()));
            }
        }
    }

    @Test
    void aCodedRefusalReadsInTheUsersWordsByItsCodeWhateverItsEnglish() throws IOException {
        FieldProblem problem = CommonProblem.NO_UNIT.at("coUnits", "NOPE");
        assertThat(problem.message()).isEqualTo("no linkage unit NOPE");
        assertThat(problem.code()).isEqualTo("NO_UNIT");
        ProblemTexts.Known known = ProblemTexts.ofCode(problem.code(), problem.args()).orElseThrow();
        assertThat(known.key()).isEqualTo("problem.NO_UNIT");
        assertThat(new MessageFormat(bundle("zh").getProperty(known.key()), Locale.CHINESE)
                .format(known.args().toArray())).isEqualTo("没有编码为 NOPE 的联动单位");
        assertThat(ProblemTexts.ofCode(null, List.of())).isEmpty();
    }

    @Test
    void noModuleSpellsOutAFieldsRefusalWithoutACode() throws IOException {
        List<String> uncoded = new ArrayList<>();
        for (String module : List.of("config", "intake", "routing", "supervision", "web")) {
            for (Path file : MessageKeysTest.files(Path.of("..", module, "src/main/java"), ".java")) {
                Matcher m = Pattern.compile("new FieldProblem\\(\\s*[^,]+,\\s*\"").matcher(Files.readString(file));
                while (m.find()) {
                    uncoded.add(file.getFileName() + ": " + m.group());
                }
            }
        }
        assertThat(uncoded).isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = Pattern.compile("\\{(\\d)\\}").matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/org/linkage110/web/i18n",
                "messages_" + language + ".properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** The call's arguments at the top level, from just after its opening parenthesis. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        StringBuilder arg = new StringBuilder();
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                arg.append(c);
                if (c == '\\') {
                    arg.append(source.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                args.add(arg.toString().strip());
                return args;
            } else if (c == ',' && depth == 0) {
                args.add(arg.toString().strip());
                arg.setLength(0);
                continue;
            }
            arg.append(c);
        }
        return args;
    }

    /** A message built of literals and values ("1" for each value), or null when it is a value alone. */
    private static String messageOf(String expression) {
        StringBuilder text = new StringBuilder();
        boolean literal = false;
        for (String part : expression.split("\\s*\\+\\s*(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String p = part.strip();
            if (p.startsWith("\"") && p.endsWith("\"")) {
                text.append(p, 1, p.length() - 1);
                literal = true;
            } else {
                text.append('1');
            }
        }
        return literal ? text.toString().replace("\\\"", "\"").replace("\\\\", "\\") : null;
    }
}

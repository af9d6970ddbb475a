package org.linkage110.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every refusal a module spells out in English for API clients has the portal's words: the test
 * reads each {@code new FieldProblem(field, "…")}, {@code RoutingRefusedException.of(field, "…")} and
 * {@code IllegalMoveException.illegal("…")} of the modules' sources, puts a value where the message
 * joins one in ("no linkage unit " + code), and asks ProblemTexts to recognise it.
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
        messages.addAll(List.of("must be a number", "must be true or false", "must be one of a|b")); // inquiry answers
        assertThat(messages).hasSizeGreaterThan(70);
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

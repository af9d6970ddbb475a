package org.linkage110.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's table of the demo accounts and keys is generated from the reference data: this test
 * fails when they drift apart, and prints the table as it should be.
 */
class DemoAccountsTableTest {

    private static final String START = "<!-- demo-units:start (generated from linkage-units.csv; DemoAccountsTableTest) -->";
    private static final String END = "<!-- demo-units:end -->";

    static String expectedTable() {
        String rows = ReferenceData.rows("linkage-units", "code", "name_zh", "tier").stream()
                .map(DemoAccountsTableTest::row).collect(Collectors.joining("\n"));
        return "| unit | tier | operator | unit head | API key |\n|---|---|---|---|---|\n" + rows + "\n";
    }

    private static String row(Map<String, String> unit) {
        String code = unit.get("code");
        return "| " + unit.get("name_zh") + " `" + code + "` | " + unit.get("tier") + " | `" + DemoAccounts.operatorOf(code)
                + "` | `" + DemoAccounts.headOf(code) + "` | `" + DemoAccounts.operatorOf(code) + ".Demo-110` |";
    }

    @Test
    void theReadmeListsEveryUnitsDemoAccountsAndKey() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains(START).contains(END);
        String table = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END)).strip() + "\n";
        assertThat(table).as("README table; expected:%n%s", expectedTable()).isEqualTo(expectedTable());
    }
}

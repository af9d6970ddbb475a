package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationUserGrantsTest {

    @Test
    void theAuditTrailAndItsSealsAreGrantedReadAndAppendOnlyEveryOtherTableReadAndWrite() {
        assertThat(ApplicationUserGrants.statements("linkage@127.0.0.1",
                List.of("platform_audit_event", "platform_audit_seal", "platform_audit_unsealed", "routing_order",
                        "schema_history_routing")))
                .containsExactly(
                        "GRANT SELECT, INSERT ON `platform_audit_event` TO 'linkage'@'127.0.0.1'",
                        "GRANT SELECT, INSERT ON `platform_audit_seal` TO 'linkage'@'127.0.0.1'",
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON `platform_audit_unsealed` TO 'linkage'@'127.0.0.1'",
                        "GRANT SELECT, INSERT, UPDATE, DELETE ON `routing_order` TO 'linkage'@'127.0.0.1'",
                        "GRANT SELECT ON `schema_history_routing` TO 'linkage'@'127.0.0.1'");
    }

    @Test
    void noStatementEverGrantsTheRightsThatRewriteOrUnprotectATable() {
        assertThat(ApplicationUserGrants.statements("app@%", List.of("platform_audit_event", "platform_account")))
                .noneMatch(s -> s.matches(".*\\b(DROP|ALTER|TRIGGER|ALL|CREATE|GRANT OPTION)\\b.*"))
                .first().asString().doesNotContain("UPDATE").doesNotContain("DELETE");
    }

    @Test
    void theAccountIsQuotedAsMariaDbNamesIt() {
        assertThat(ApplicationUserGrants.grantee("o'brien@10.0.0.%")).isEqualTo("'o''brien'@'10.0.0.%'");
        assertThat(ApplicationUserGrants.grantee("a@b@localhost")).isEqualTo("'a@b'@'localhost'");
        assertThatThrownBy(() -> ApplicationUserGrants.grantee("nobody")).isInstanceOf(IllegalArgumentException.class);
    }
}

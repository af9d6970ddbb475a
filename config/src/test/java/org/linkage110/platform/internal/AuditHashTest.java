package org.linkage110.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-12-01T04:05:06.123456Z");

    @Test
    void theCanonicalFormWritesEveryFieldWithItsLengthInBytesAndNullAsADash() {
        assertThat(new String(AuditHash.canonical(1, AT, "admin", "a.b", "probe", "1", null, "{\"k\":\"井\"}"),
                StandardCharsets.UTF_8))
                .isEqualTo("1:1;27:2026-12-01T04:05:06.123456Z;5:admin;3:a.b;5:probe;1:1;-;11:{\"k\":\"井\"};");
    }

    @Test
    void theLinkIsSha256OverThePreviousHashAndTheCanonicalForm() {
        // computed outside Java: printf '%s%s' <64 zeros> '<the canonical form above>' | sha256sum
        assertThat(AuditHash.link(AuditHash.GENESIS, 1, AT, "admin", "a.b", "probe", "1", null, "{\"k\":\"井\"}"))
                .isEqualTo("c754a633136ad19ffee42ca3f5075df6eb59e8bb52ee54dee94baf39c9364a9b");
    }

    @Test
    void everyFieldAndThePreviousHashCountAndNoTwoRowsShareAForm() {
        String base = AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "c", "d", "e", "f");
        List<String> variants = List.of(
                AuditHash.link("1".repeat(64), 7, AT, "a", "b", "c", "d", "e", "f"),
                AuditHash.link(AuditHash.GENESIS, 8, AT, "a", "b", "c", "d", "e", "f"),
                AuditHash.link(AuditHash.GENESIS, 7, AT.plusNanos(1000), "a", "b", "c", "d", "e", "f"),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "x", "b", "c", "d", "e", "f"),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "x", "c", "d", "e", "f"),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "x", "d", "e", "f"),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "c", "x", "e", "f"),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "c", "d", "x", "f"),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "c", "d", "e", "x"),
                // a field's end moved into the next one, null against empty
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "c", "d", "ef", ""),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "c", "d", "e", null),
                AuditHash.link(AuditHash.GENESIS, 7, AT, "a", "b", "c", "d", "e;", "f"));
        Set<String> all = new HashSet<>(variants);
        all.add(base);
        assertThat(all).hasSize(variants.size() + 1);
    }

    @Test
    void theTimeIsHashedAsTheColumnKeepsIt() {
        Instant withNanos = AT.plusNanos(789);
        assertThat(AuditHash.asStored(withNanos)).isEqualTo(AT);
        assertThat(AuditHash.link(AuditHash.GENESIS, 1, withNanos, "a", "b", "c", "d", null, null))
                .isEqualTo(AuditHash.link(AuditHash.GENESIS, 1, AT, "a", "b", "c", "d", null, null));
    }
}

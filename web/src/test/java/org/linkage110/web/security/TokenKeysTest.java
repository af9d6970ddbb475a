package org.linkage110.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenKeysTest {

    private static final String A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String B = Base64.getEncoder().withoutPadding().encodeToString(new byte[40]);

    @Test
    void theFirstKeySignsAndEveryKeyIsKeptInOrder() {
        Map<String, byte[]> keys = TokenKeys.parse("new=" + A + ", old = " + B);
        assertThat(List.copyOf(keys.keySet())).containsExactly("new", "old");
        assertThat(keys.get("old")).hasSize(40);
    }

    @Test
    void aShortKeyOrAPairWithoutIdIsRefused() {
        assertThatThrownBy(() -> TokenKeys.parse("k=" + Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> TokenKeys.parse(B)).hasMessageContaining("kid=");
    }
}

package org.linkage110.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class JsonShapeTest {

    private static String refusal(String json) {
        return catchThrowableOfType(JsonShape.Refused.class, () -> JsonShape.check(json, 4, 10)).code();
    }

    @Test
    void aBodyWithinTheLimitsPasses() {
        assertThatCode(() -> JsonShape.check("{\"a\":[[{\"b\":\"井盖缺失\\ud83d\\ude00\"}]],\"n\":12345}", 4, 10))
                .doesNotThrowAnyException();
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        assertThat(refusal("{\"a\":[[[[1]]]]}")).isEqualTo("too-deep");
    }

    @Test
    void aNameAStringOrANumberLongerThanTheLimitIsRefused() {
        assertThat(refusal("{\"abcdefghijk\":1}")).isEqualTo("string-too-long");
        assertThat(refusal("{\"a\":\"abcdefghijk\"}")).isEqualTo("string-too-long");
        assertThat(refusal("{\"a\":12345678901}")).isEqualTo("string-too-long");
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsAreNot() {
        assertThat(refusal("{\"a\":\"x\\ud800\"}")).isEqualTo("invalid-encoding");
        assertThat(refusal("{\"a\":\"\\udc00x\"}")).isEqualTo("invalid-encoding");
        assertThat(refusal("{\"a\":\"\\ude00\\ud83d\"}")).isEqualTo("invalid-encoding");
    }

    @Test
    void malformedJsonIsRefusedAsSuch() {
        assertThat(refusal("{\"a\":")).isEqualTo("malformed-json");
    }
}

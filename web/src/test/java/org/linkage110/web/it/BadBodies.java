package org.linkage110.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Bad bodies made from a good one, reproducibly from a seed: a field left out, made null, given
 * the wrong type, made far too long or filled with awkward characters (emoji, zero-width and
 * right-to-left marks, an escaped lone surrogate, control characters), nested deep, or the whole
 * body cut short, empty or not JSON at all.
 */
final class BadBodies {

    private static final String[] AWKWARD = {"😀🚓", "\u200b\u200f\u202e", "\\ud800", "\\u0000", "'; DROP TABLE x; --",
            "<script>alert(1)</script>", "％ｄ％ｓ", "\t\r\n", "９".repeat(30)};

    private final Random random;

    BadBodies(long seed) {
        random = new Random(seed);
    }

    /** One bad variant of {@code good} (as JSON text). */
    String next(JsonObject good) {
        List<String> fields = new ArrayList<>(good.keySet());
        String field = fields.get(random.nextInt(fields.size()));
        return switch (random.nextInt(10)) {
            case 0 -> with(good, field, null).toString();
            case 1 -> without(good, field).toString();
            case 2 -> with(good, field, wrongType()).toString();
            case 3 -> with(good, field, Json.createValue("长".repeat(1 + random.nextInt(12_000)))).toString();
            case 4 -> replaceValue(good, field, "\"" + AWKWARD[random.nextInt(AWKWARD.length)] + "\"");
            case 5 -> with(good, field, nested(10 + random.nextInt(200))).toString();
            case 6 -> good.toString().substring(0, random.nextInt(Math.max(1, good.toString().length())));
            case 7 -> random.nextBoolean() ? "" : "not json at all";
            case 8 -> with(good, field, Json.createValue(random.nextBoolean() ? Long.MIN_VALUE : Double.MAX_VALUE)).toString();
            default -> with(good, "unexpected" + random.nextInt(3), wrongType()).toString();
        };
    }

    private JsonValue wrongType() {
        return switch (random.nextInt(5)) {
            case 0 -> Json.createValue(random.nextInt());
            case 1 -> JsonValue.TRUE;
            case 2 -> Json.createArrayBuilder().add(1).add("两").build();
            case 3 -> Json.createObjectBuilder().add("k", "v").build();
            default -> Json.createValue("yes");
        };
    }

    private static JsonValue nested(int depth) {
        JsonValue value = Json.createValue("底");
        for (int i = 0; i < depth; i++) {
            value = Json.createObjectBuilder().add("n", value).build();
        }
        return value;
    }

    private static JsonObject with(JsonObject good, String field, JsonValue value) {
        JsonObjectBuilder builder = Json.createObjectBuilder(good);
        return (value == null ? builder.addNull(field) : builder.add(field, value)).build();
    }

    private static JsonObject without(JsonObject good, String field) {
        return Json.createObjectBuilder(good).remove(field).build();
    }

    /** The field's value as raw JSON text (an escape such as a lone surrogate stays an escape). */
    private static String replaceValue(JsonObject good, String field, String rawJson) {
        return without(good, field).toString().replaceFirst("\\}$", (good.size() > 1 ? "," : "")
                + "\"" + field + "\":" + rawJson + "}");
    }
}

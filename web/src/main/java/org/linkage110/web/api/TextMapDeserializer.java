package org.linkage110.web.api;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON object of texts (question → answer) and nothing else: JSON-B would otherwise take an
 * array for a map, or a number for a text, and a malformed body would be stored as if it were sound.
 * A null answer is kept as null (a question not answered).
 */
public class TextMapDeserializer implements JsonbDeserializer<Map<String, String>> {

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = context.deserialize(JsonValue.class, parser);
        if (!(value instanceof JsonObject object)) {
            throw new JsonbException("expected an object of texts, not " + (value == null ? "null" : value.getValueType()));
        }
        Map<String, String> texts = new LinkedHashMap<>();
        object.forEach((key, answer) -> {
            if (answer instanceof JsonString text) {
                texts.put(key, text.getString());
            } else if (answer.getValueType() == JsonValue.ValueType.NULL) {
                texts.put(key, null);
            } else {
                throw new JsonbException("the answer to " + key + " must be a text, not " + answer.getValueType());
            }
        });
        return texts;
    }
}

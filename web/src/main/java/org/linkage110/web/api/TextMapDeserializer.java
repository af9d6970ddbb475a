package org.linkage110.web.api;

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
        if (parser.currentEvent() != JsonParser.Event.START_OBJECT) {
            throw new JsonbException("expected an object of texts, not " + parser.currentEvent());
        }
        Map<String, String> texts = new LinkedHashMap<>();
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return texts;
            }
            String key = parser.getString();
            JsonParser.Event value = parser.next();
            if (value == JsonParser.Event.VALUE_STRING) {
                texts.put(key, parser.getString());
            } else if (value == JsonParser.Event.VALUE_NULL) {
                texts.put(key, null);
            } else {
                throw new JsonbException("the answer to " + key + " must be a text, not " + value);
            }
        }
        throw new JsonbException("the object of texts is not closed");
    }
}

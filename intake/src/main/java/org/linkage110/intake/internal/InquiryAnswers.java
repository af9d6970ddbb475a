package org.linkage110.intake.internal;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.linkage110.platform.Jsons;

/** The answers to the item's questions as an incident keeps them: one JSON object, keys in order. */
final class InquiryAnswers {

    private InquiryAnswers() {
    }

    static String toJson(Map<String, String> answers) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        new TreeMap<>(answers).forEach(json::add);
        return json.build().toString();
    }

    static Map<String, String> fromJson(String json) {
        try (JsonReader reader = Jsons.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            return object.keySet().stream().collect(Collectors.toMap(k -> k, object::getString, (a, b) -> a, TreeMap::new));
        }
    }
}

package org.linkage110.web.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * JSON-B as the API binds bodies: a boolean field takes only {@code true} or {@code false} and a
 * whole-number field only a whole JSON number. Left to itself JSON-B reads {@code "yes"} as false
 * and {@code "12"} as 12; here both are a 400 (the {@link JsonbException} maps to malformed-json).
 * Serialising is unchanged.
 */
@Provider
public class StrictJsonTypes implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new BooleanOnly(), new IntegerOnly(), new LongOnly()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    static final class BooleanOnly implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new JsonbException("expected true or false, not " + value);
        }
    }

    static final class IntegerOnly implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return whole(parser.getValue()).intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("the number is out of range", e);
            }
        }
    }

    static final class LongOnly implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            try {
                return whole(parser.getValue()).longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("the number is out of range", e);
            }
        }
    }

    private static JsonNumber whole(JsonValue value) {
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw new JsonbException("expected a whole number, not " + value);
    }
}

package org.linkage110.web.api;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.linkage110.platform.Jsons;

/**
 * The shape a JSON body may have, checked while streaming through it once: nested at most so deep,
 * no name, string or number longer than the limit, and no lone surrogate (a {@code \ud800} escape
 * without its pair), which could only be stored as U+FFFD. Each refusal becomes a 400 problem.
 */
final class JsonShape {

    private JsonShape() {
    }

    static void check(String json, int maxDepth, int maxLength) {
        int depth = 0;
        try (JsonParser parser = Jsons.createParser(new StringReader(json))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > maxDepth) {
                            throw refused("too-deep", "The body is nested deeper than " + maxDepth + " levels.");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME, VALUE_STRING, VALUE_NUMBER -> text(parser.getString(), maxLength);
                    default -> {
                    }
                }
            }
        } catch (JsonParsingException e) {
            throw refused("malformed-json", "The body is not valid JSON: " + e.getMessage());
        }
    }

    private static void text(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw refused("string-too-long", "A name or value of the body is longer than " + maxLength + " characters.");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw refused("invalid-encoding", "The body holds a lone surrogate (\\u" + Integer.toHexString(c)
                        + "), which is no character.");
            }
        }
    }

    private static Refused refused(String code, String detail) {
        return new Refused(code, detail);
    }

    /** Why the body was refused: the problem's code and detail (a 400). */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String code;

        Refused(String code, String detail) {
            super(detail);
            this.code = code;
        }

        String code() {
            return code;
        }

        ProblemException asProblem() {
            return new ProblemException(Problem.of(Response.Status.BAD_REQUEST, code, getMessage()));
        }
    }
}

package org.linkage110.web.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.linkage110.platform.Jsons;

/**
 * An RFC 9457 problem answer. {@code code} is stable and meant for programs; {@code detail} is
 * for people; {@code errors} names each rejected field.
 */
public record Problem(int status, String code, String title, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = new MediaType("application", "problem+json");

    /**
     * One rejected field: what is wrong in words, and, where the module gave one, the refusal's
     * stable {@code code} with the values its words join in ({@code args}).
     */
    public record FieldError(String field, String message, String code, List<String> args) {

        public FieldError {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public FieldError(String field, String message) {
            this(field, message, null, List.of());
        }

        /** A module's refusal of a field, with its code. */
        public static FieldError of(org.linkage110.intake.FieldProblem problem) {
            return new FieldError(problem.field(), problem.message(), problem.code(), problem.args());
        }
    }

    public static Problem of(Response.Status status, String code, String detail) {
        return new Problem(status.getStatusCode(), code, status.getReasonPhrase(), detail, List.of());
    }

    /** 400 invalid-fields: the fields named, each with what is wrong with it. */
    public static Problem invalid(List<FieldError> errors) {
        return new Problem(400, "invalid-fields", "Bad Request", "Some fields are missing or not valid.", errors);
    }

    public Response toResponse() {
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("type", "urn:linkage110:problem:" + code)
                .add("title", title)
                .add("status", status)
                .add("code", code)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Jsons.createArrayBuilder();
            errors.forEach(e -> {
                JsonObjectBuilder error = Jsons.createObjectBuilder().add("field", e.field()).add("message", e.message());
                if (e.code() != null) {
                    JsonArrayBuilder args = Jsons.createArrayBuilder();
                    e.args().forEach(args::add);
                    error.add("code", e.code()).add("args", args);
                }
                list.add(error);
            });
            json.add("errors", list);
        }
        return Response.status(status).type(TYPE).entity(json.build().toString()).build();
    }
}

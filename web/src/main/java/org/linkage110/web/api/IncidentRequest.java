package org.linkage110.web.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.util.Map;

/**
 * Body of {@code POST /api/v1/incidents}. The source is the calling agency, never a field.
 * {@code receivedAt} is an ISO-8601 timestamp with its offset, e.g. {@code 2026-11-23T19:05:00+08:00}.
 */
public record IncidentRequest(String externalNumber, String receivedAt, String callerName, String callerPhone,
                              String address, String gridCode, String description, String categoryCode,
                              Flags flags,
                              @JsonbTypeDeserializer(TextMapDeserializer.class) Map<String, String> inquiryAnswers) {

    /** The call-taker's flags; absent means all false. */
    public record Flags(Boolean onSceneDispute, Boolean threatToSafety, Boolean utilitiesHazard,
                        Boolean needsPoliceFirst) {
    }
}

package org.linkage110.web.api;

import jakarta.ws.rs.BadRequestException;

/** The entity tag of a versioned resource is its version; If-Match carries it back. */
final class Versions {

    private Versions() {
    }

    /** The version named by an If-Match header; null when the client sent none. */
    static Long ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("If-Match must carry the instruction's ETag, e.g. \"3\"");
        }
    }
}

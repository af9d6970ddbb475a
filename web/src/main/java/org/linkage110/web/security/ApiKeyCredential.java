package org.linkage110.web.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * The key an agency system sends in the {@code X-API-Key} header: {@code <client id>.<secret>}.
 */
public record ApiKeyCredential(String clientId, String secret) implements Credential {

    public static final String HEADER = "X-API-Key";

    /** Parses a header value; null when it is not of the form client.secret. */
    public static ApiKeyCredential parse(String header) {
        if (header == null) {
            return null;
        }
        int dot = header.indexOf('.');
        if (dot <= 0 || dot == header.length() - 1) {
            return null;
        }
        return new ApiKeyCredential(header.substring(0, dot), header.substring(dot + 1));
    }

    @Override
    public String toString() {
        return "ApiKeyCredential[" + clientId + "]"; // never the secret
    }
}

package org.linkage110.platform.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The link of the audit chain: SHA-256 over the previous event's hash and the canonical form of an
 * event's fields. The canonical form writes each field as its length in UTF-8 bytes, a colon and
 * the bytes ({@code -} for null), so no two different rows share one (a field cannot run into the
 * next, null differs from empty). Time is the instant in UTC to the microsecond, as the column
 * keeps it.
 */
public final class AuditHash {

    /** What the first event of the chain links to. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String link(String previousHash, long id, Instant occurredAt, String actor, String action,
                              String subjectType, String subjectId, String before, String after) {
        MessageDigest sha256 = sha256();
        sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update(canonical(id, occurredAt, actor, action, subjectType, subjectId, before, after));
        return HexFormat.of().formatHex(sha256.digest());
    }

    static byte[] canonical(long id, Instant occurredAt, String actor, String action, String subjectType,
                            String subjectId, String before, String after) {
        StringBuilder form = new StringBuilder(256);
        for (String field : new String[] {Long.toString(id), asStored(occurredAt).toString(), actor, action,
                subjectType, subjectId, before, after}) {
            if (field == null) {
                form.append("-;");
            } else {
                form.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append(';');
            }
        }
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The instant as a DATETIME(6) column gives it back. */
    public static Instant asStored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

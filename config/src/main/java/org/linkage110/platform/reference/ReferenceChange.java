package org.linkage110.platform.reference;

import java.time.Instant;
import java.util.Map;

/**
 * A change the office asks for: the kind, the entry's key (null for a new entry, whose key comes
 * from its values), the new values (null removes the entry), why, and from when (null: now).
 */
public record ReferenceChange(String kind, String key, Map<String, String> values, String reason,
                              Instant effectiveFrom) implements java.io.Serializable {
}

package org.linkage110.platform.reference;

import java.util.Map;

/** One entry of reference data: its key and every field's value as text (lists '|'-separated). */
public record ReferenceEntry(String key, Map<String, String> values) implements java.io.Serializable {

    public ReferenceEntry {
        values = Map.copyOf(values);
    }
}

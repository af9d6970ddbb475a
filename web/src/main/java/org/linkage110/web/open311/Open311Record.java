package org.linkage110.web.open311;

import java.util.LinkedHashMap;
import java.util.Map;

/** An ordered record of an Open311 answer, built from name-value pairs. */
final class Open311Record {

    private Open311Record() {
    }

    static Map<String, Object> of(Object... pairs) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            record.put((String) pairs[i], pairs[i + 1]);
        }
        return record;
    }
}

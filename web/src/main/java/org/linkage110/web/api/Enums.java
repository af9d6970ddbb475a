package org.linkage110.web.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum fields of request bodies: null when absent, a field error when not one of the values. */
final class Enums {

    private Enums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(field, "not one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}

package org.linkage110.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** Stable identifier of a linkage unit, e.g. {@code PSB_YUHONG}; names may change, codes do not. */
public record UnitCode(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    public UnitCode {
        Objects.requireNonNull(value, "unit code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a unit code: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

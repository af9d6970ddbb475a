package org.linkage110.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Code of a taxonomy entry: {@code C01} for one of the nine categories of 004's appendix,
 * {@code C01-03} for a sub-item of it.
 */
public record CategoryCode(String value) implements java.io.Serializable {

    private static final Pattern FORMAT = Pattern.compile("C\\d{2}(-\\d{2})?");

    public CategoryCode {
        Objects.requireNonNull(value, "category code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a category code: " + value);
        }
    }

    public boolean isCategory() {
        return value.length() == 3;
    }

    /** The category a sub-item belongs to; empty for a category itself. */
    public Optional<CategoryCode> parent() {
        return isCategory() ? Optional.empty() : Optional.of(new CategoryCode(value.substring(0, 3)));
    }

    @Override
    public String toString() {
        return value;
    }
}

package org.linkage110.platform.reference;

import java.util.List;

/**
 * One field of a kind of reference data: its name (also the portal's label key
 * {@code reference.<kind>.<name>}), type, whether it is part of the key or required, its maximum
 * length, and for choices the values allowed. Lists and multiple choices are '|'-separated.
 */
public record ReferenceField(String name, Type type, boolean key, boolean required, int maxLength,
                             List<Choice> choices) implements java.io.Serializable {

    public enum Type { TEXT, NUMBER, BOOLEAN, DATE, CHOICE, CHOICES, LIST }

    /** An allowed value with its names. */
    public record Choice(String value, String labelZh, String labelEn) implements java.io.Serializable {
    }

    public static ReferenceField key(String name, int maxLength) {
        return new ReferenceField(name, Type.TEXT, true, true, maxLength, List.of());
    }

    public static ReferenceField keyChoice(String name, List<Choice> choices) {
        return new ReferenceField(name, Type.CHOICE, true, true, 40, choices);
    }

    public static ReferenceField text(String name, boolean required, int maxLength) {
        return new ReferenceField(name, Type.TEXT, false, required, maxLength, List.of());
    }

    public static ReferenceField number(String name) {
        return new ReferenceField(name, Type.NUMBER, false, true, 9, List.of());
    }

    public static ReferenceField bool(String name) {
        return new ReferenceField(name, Type.BOOLEAN, false, true, 5, List.of());
    }

    public static ReferenceField choice(String name, boolean required, List<Choice> choices) {
        return new ReferenceField(name, Type.CHOICE, false, required, 40, choices);
    }

    public static ReferenceField choices(String name, List<Choice> choices) {
        return new ReferenceField(name, Type.CHOICES, false, false, 1000, choices);
    }

    public static ReferenceField list(String name, int maxLength) {
        return new ReferenceField(name, Type.LIST, false, false, maxLength, List.of());
    }

    /** The same field as part of the key. */
    public ReferenceField asKey() {
        return new ReferenceField(name, type, true, true, maxLength, choices);
    }
}

package org.linkage110.platform.reference;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.linkage110.platform.ChangeRefusedException.Refusal;

/**
 * The form of an entry's values, the same for every kind: only the kind's fields, each required
 * one present, within its length, numbers, booleans and dates that parse, choices among those
 * allowed. Values come back trimmed, with lists normalised ('|'-separated, no blanks).
 */
final class ReferenceForm {

    private ReferenceForm() {
    }

    /** The values normalised, or the refusals of their form. */
    record Checked(Map<String, String> values, List<Refusal> refusals) {
    }

    static Checked check(List<ReferenceField> fields, Map<String, String> given) {
        List<Refusal> refusals = new ArrayList<>();
        Set<String> known = fields.stream().map(ReferenceField::name).collect(Collectors.toSet());
        given.keySet().stream().filter(name -> !known.contains(name)).sorted()
                .forEach(name -> refusals.add(new Refusal(name, "field.unknown", "no such field")));
        Map<String, String> values = new LinkedHashMap<>();
        for (ReferenceField field : fields) {
            String raw = given.get(field.name());
            String value = normalised(field, raw == null ? "" : raw.strip());
            values.put(field.name(), value);
            problem(field, value).ifPresent(code -> refusals.add(new Refusal(field.name(), code, message(field, code))));
        }
        return new Checked(values, refusals);
    }

    static String keyOf(List<ReferenceField> fields, Map<String, String> values) {
        return fields.stream().filter(ReferenceField::key).map(f -> values.get(f.name()))
                .collect(Collectors.joining(ReferenceKind.KEY_SEPARATOR));
    }

    private static String normalised(ReferenceField field, String value) {
        if (field.type() == ReferenceField.Type.LIST || field.type() == ReferenceField.Type.CHOICES) {
            return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                    .collect(Collectors.joining("|"));
        }
        if (field.type() == ReferenceField.Type.BOOLEAN) {
            return value.isEmpty() ? "false" : value.toLowerCase(java.util.Locale.ROOT);
        }
        return value;
    }

    private static java.util.Optional<String> problem(ReferenceField field, String value) {
        if (value.isEmpty()) {
            return field.required() ? java.util.Optional.of("field.required") : java.util.Optional.empty();
        }
        if (value.length() > field.maxLength()) {
            return java.util.Optional.of("field.tooLong");
        }
        Set<String> allowed = field.choices().stream().map(ReferenceField.Choice::value).collect(Collectors.toSet());
        boolean fits = switch (field.type()) {
            case NUMBER -> value.matches("-?[0-9]{1,9}");
            case BOOLEAN -> value.equals("true") || value.equals("false");
            case DATE -> parsesAsDate(value);
            case CHOICE -> allowed.contains(value);
            case CHOICES -> Arrays.stream(value.split("\\|")).allMatch(allowed::contains);
            case TEXT, LIST -> !field.key() || !value.contains(ReferenceKind.KEY_SEPARATOR);
        };
        return fits ? java.util.Optional.empty() : java.util.Optional.of("field.invalid");
    }

    private static boolean parsesAsDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String message(ReferenceField field, String code) {
        return switch (code) {
            case "field.required" -> "required";
            case "field.tooLong" -> "at most " + field.maxLength() + " characters";
            default -> switch (field.type()) {
                case NUMBER -> "a whole number";
                case BOOLEAN -> "true or false";
                case DATE -> "a date, yyyy-mm-dd";
                case CHOICE, CHOICES -> "one of " + field.choices().stream().map(ReferenceField.Choice::value).toList();
                case TEXT, LIST -> "may not contain '" + ReferenceKind.KEY_SEPARATOR + "'";
            };
        };
    }
}

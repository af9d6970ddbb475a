package org.linkage110.intake;

import java.util.List;

/**
 * A question the call-taker asks for an item (001's 询问要素), like an Open311 service-definition
 * attribute: code, datatype, whether it is required, and the allowed values of a choice.
 */
public record InquiryElementView(String code, String labelZh, String labelEn, Datatype datatype, boolean required,
                                 List<String> choices) implements java.io.Serializable {

    public enum Datatype {
        TEXT, NUMBER, BOOLEAN, CHOICE
    }

    public InquiryElementView {
        choices = List.copyOf(choices);
    }

    /** Why an answer does not fit this element (the field named {@code field}); null when it fits or is blank. */
    public FieldProblem problemWith(String field, String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        return switch (datatype) {
            case TEXT -> null;
            case NUMBER -> answer.strip().matches("-?\\d{1,12}(\\.\\d{1,4})?") ? null : IntakeProblem.NUMBER.at(field);
            case BOOLEAN -> answer.equals("true") || answer.equals("false") ? null : IntakeProblem.YES_NO.at(field);
            case CHOICE -> choices.contains(answer) ? null : IntakeProblem.ONE_OF.at(field, String.join("|", choices));
        };
    }
}

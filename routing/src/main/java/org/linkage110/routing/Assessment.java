package org.linkage110.routing;

import java.util.List;
import java.util.Objects;
import org.linkage110.domain.DispatchMode;
import org.linkage110.domain.HandlingClass;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.intake.CategorySuggestion;

/**
 * The outcome of an assessment (研判): handling class, instruction level and dispatch mode, with
 * the rule that decided it and the rule's reason in words (in Chinese; {@code reasonEn} in English,
 * null when the rule has none), so that every decision says why. A
 * proposal also says what it rests on: the flags (given or inferred from the description, with
 * their words), whether an on-scene dispute may escalate, whether the call looks like police
 * business (疑似警务警情, with the reason and the words), and the items the description is most
 * likely about.
 */
public record Assessment(HandlingClass handlingClass, InstructionLevel level, DispatchMode dispatchMode, String ruleId,
                         String reason, String reasonEn, List<ProposedFlag> flags, List<String> escalationWords,
                         boolean suspectedPoliceBusiness, String policeBusinessReason,
                         List<String> policeBusinessEvidence, List<CategorySuggestion> suggestions) implements java.io.Serializable {

    public Assessment {
        Objects.requireNonNull(handlingClass, "handlingClass");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(dispatchMode, "dispatchMode");
        Objects.requireNonNull(ruleId, "ruleId");
        flags = flags == null ? List.of() : List.copyOf(flags);
        escalationWords = escalationWords == null ? List.of() : List.copyOf(escalationWords);
        policeBusinessEvidence = policeBusinessEvidence == null ? List.of() : List.copyOf(policeBusinessEvidence);
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }

    /** A decision of the table alone, resting on nothing more. */
    public Assessment(HandlingClass handlingClass, InstructionLevel level, DispatchMode dispatchMode, String ruleId,
                      String reason, String reasonEn) {
        this(handlingClass, level, dispatchMode, ruleId, reason, reasonEn, List.of(), List.of(), false, null, List.of(),
                List.of());
    }

    /** The rule's reason in English when asked for and written, else in Chinese. */
    public String reasonFor(boolean english) {
        return english && reasonEn != null ? reasonEn : reason;
    }

    /** Whether any flag of the proposal was inferred rather than given. */
    public boolean anyInferred() {
        return flags.stream().anyMatch(f -> f.inferred() && !f.given());
    }
}

package org.linkage110.intake;

import java.util.List;
import java.util.Optional;

/**
 * What the description of a call says, read by intake: the items it is most likely about (best
 * first, each with the words that made it), the flags it implies with their words, whether an
 * on-scene dispute may escalate (and why), the cues of police business, and how likely the item
 * model finds police business (with the words it weighed most).
 */
public record CallReading(List<CategorySuggestion> suggestions, List<FlagReading> flags, List<String> escalationWords,
                          List<PoliceCue> policeCues, double policeLikelihood, List<String> policeWords) implements java.io.Serializable {

    public static final CallReading NOTHING = new CallReading(List.of(), List.of(), List.of(), List.of(), 0, List.of());

    public CallReading {
        suggestions = List.copyOf(suggestions);
        flags = List.copyOf(flags);
        escalationWords = List.copyOf(escalationWords);
        policeCues = List.copyOf(policeCues);
        policeWords = List.copyOf(policeWords);
    }

    public Optional<FlagReading> flag(CallFlag flag) {
        return flags.stream().filter(f -> f.flag() == flag).findFirst();
    }

    public boolean has(CallFlag flag) {
        return flag(flag).isPresent();
    }
}

package org.linkage110.routing.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.CallFlag;
import org.linkage110.intake.CallReading;
import org.linkage110.intake.CategorySuggestion;
import org.linkage110.intake.FlagReading;
import org.linkage110.platform.Jsons;
import org.linkage110.routing.AssessmentFacts;
import org.linkage110.routing.ProposedFlag;

/**
 * What a proposal rests on besides the item: the call-taker's flags, which stay authoritative (a
 * given flag is never removed by the reading), the flags the description implies with their words
 * (they add to the given ones), whether an on-scene dispute may escalate, the police-business
 * suspicion and the best items of the reading. The decision table decides on the given and the
 * inferred flags together. Kept with the order as JSON, so the proposal shows later what it was
 * based on even after the model or the cues change.
 */
public record ProposalBasis(IncidentRecorded.Flags given, Map<CallFlag, List<String>> found, List<String> escalation,
                            PoliceBusinessRule.Suspicion police, List<CategorySuggestion> suggestions) {

    public ProposalBasis {
        Map<CallFlag, List<String>> copy = new EnumMap<>(CallFlag.class);
        found.forEach((flag, words) -> copy.put(flag, List.copyOf(words)));
        found = java.util.Collections.unmodifiableMap(copy);
        escalation = List.copyOf(escalation);
        suggestions = List.copyOf(suggestions);
    }

    public static ProposalBasis of(IncidentRecorded.Flags given, CallReading reading) {
        Map<CallFlag, List<String>> found = new EnumMap<>(CallFlag.class);
        for (FlagReading flag : reading.flags()) {
            found.put(flag.flag(), flag.words());
        }
        return new ProposalBasis(given, found, reading.escalationWords(), PoliceBusinessRule.judge(reading),
                reading.suggestions());
    }

    static boolean given(IncidentRecorded.Flags given, CallFlag flag) {
        return switch (flag) {
            case ON_SCENE_DISPUTE -> given.onSceneDispute();
            case THREAT_TO_SAFETY -> given.threatToSafety();
            case UTILITIES_HAZARD -> given.utilitiesHazard();
            case NEEDS_POLICE_FIRST -> given.needsPoliceFirst();
        };
    }

    /** A flag counts when it was given or inferred. */
    public boolean holds(CallFlag flag) {
        return given(given, flag) || found.containsKey(flag);
    }

    /** A flag the call-taker did not give and the description implies. */
    public boolean inferred(CallFlag flag) {
        return !given(given, flag) && found.containsKey(flag);
    }

    public AssessmentFacts facts(String itemCode) {
        return new AssessmentFacts(itemCode == null ? "" : itemCode, holds(CallFlag.ON_SCENE_DISPUTE),
                holds(CallFlag.THREAT_TO_SAFETY), holds(CallFlag.UTILITIES_HAZARD), holds(CallFlag.NEEDS_POLICE_FIRST));
    }

    /** The flags that hold, each saying whether it was given, inferred, and by which words. */
    public List<ProposedFlag> flags() {
        List<ProposedFlag> flags = new ArrayList<>();
        for (CallFlag flag : CallFlag.values()) {
            if (holds(flag)) {
                flags.add(new ProposedFlag(flag, given(given, flag), inferred(flag), found.getOrDefault(flag, List.of())));
            }
        }
        return flags;
    }

    /** The reading as kept with the order (the given flags have columns of their own). */
    public String toJson() {
        JsonObjectBuilder words = Jsons.createObjectBuilder();
        found.forEach((flag, list) -> words.add(flag.name(), strings(list)));
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        for (CategorySuggestion s : suggestions) {
            items.add(Jsons.createObjectBuilder().add("itemCode", s.itemCode()).add("itemNameZh", s.itemNameZh())
                    .add("score", s.score()).add("matchedWords", strings(s.matchedWords())));
        }
        JsonObjectBuilder police = Jsons.createObjectBuilder().add("suspected", this.police.suspected())
                .add("evidence", strings(this.police.evidence()));
        if (this.police.reason() != null) {
            police.add("reason", this.police.reason());
        }
        return Jsons.createObjectBuilder().add("found", words).add("escalation", strings(escalation))
                .add("police", police).add("suggestions", items).build().toString();
    }

    /** The basis kept as {@link #toJson()}; an order proposed before readings existed rests on its given flags only. */
    public static ProposalBasis fromJson(IncidentRecorded.Flags given, String json) {
        if (json == null || json.isBlank()) {
            return new ProposalBasis(given, Map.of(), List.of(), PoliceBusinessRule.Suspicion.NONE, List.of());
        }
        JsonObject object = Jsons.createReader(new StringReader(json)).readObject();
        Map<CallFlag, List<String>> found = new EnumMap<>(CallFlag.class);
        object.getJsonObject("found").forEach((flag, list) -> found.put(CallFlag.valueOf(flag), strings(list)));
        JsonObject police = object.getJsonObject("police");
        List<CategorySuggestion> suggestions = new ArrayList<>();
        for (JsonValue value : object.getJsonArray("suggestions")) {
            JsonObject s = value.asJsonObject();
            suggestions.add(new CategorySuggestion(s.getString("itemCode"), s.getString("itemNameZh"),
                    s.getJsonNumber("score").doubleValue(), strings(s.get("matchedWords"))));
        }
        return new ProposalBasis(given, found, strings(object.get("escalation")),
                new PoliceBusinessRule.Suspicion(police.getBoolean("suspected"), police.getString("reason", null),
                        strings(police.get("evidence"))), suggestions);
    }

    private static JsonArrayBuilder strings(Collection<String> list) {
        JsonArrayBuilder array = Jsons.createArrayBuilder();
        list.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonValue array) {
        return ((JsonArray) array).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}

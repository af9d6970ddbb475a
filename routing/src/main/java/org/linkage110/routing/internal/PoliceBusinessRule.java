package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linkage110.intake.CallReading;
import org.linkage110.intake.FieldProblem;
import org.linkage110.intake.PoliceCue;

/**
 * Suspected police business (疑似警务警情): 110 pushes only what its call-taker judged non-police,
 * and 12345 forwards what it received, yet some of it is police business after all — a crime, a
 * fight, a traffic accident, a missing person, a threat of self-harm, a complaint about the
 * police (001, 004: 违法犯罪或其他报警事项、紧急危难求助 stay with the police). A proposal says so
 * when the description carries a cue of police business, or when the item model finds police
 * business all but certain; the office is then offered to send it back to 110 first, and whoever
 * dispatches it anyway must say why.
 */
public final class PoliceBusinessRule {

    /** The item model alone marks a call only above this likelihood: its words are less exact than the cues. */
    static final double MODEL_CERTAINTY = 0.97;

    private static final Map<String, String> KIND_ZH = Map.ofEntries(
            Map.entry("THEFT", "盗窃"), Map.entry("FRAUD", "诈骗"), Map.entry("VIOLENCE", "殴打或暴力"),
            Map.entry("TRAFFIC_ACCIDENT", "交通事故"), Map.entry("MISSING_PERSON", "人员走失"),
            Map.entry("SELF_HARM", "轻生"), Map.entry("MENACE", "威胁、骚扰或跟踪"), Map.entry("SUSPICIOUS", "可疑人员或物品"),
            Map.entry("VICE", "黄赌毒等违法活动"), Map.entry("PUBLIC_ORDER", "酒后滋事"),
            Map.entry("POLICE_COMPLAINT", "涉警投诉"));

    private PoliceBusinessRule() {
    }

    /** Whether the call looks like police business, why, and the words that say so. */
    public record Suspicion(boolean suspected, String reason, List<String> evidence) {

        public static final Suspicion NONE = new Suspicion(false, null, List.of());

        public Suspicion {
            evidence = List.copyOf(evidence);
        }
    }

    public static Suspicion judge(CallReading reading) {
        if (!reading.policeCues().isEmpty()) {
            Map<String, Set<String>> byKind = new LinkedHashMap<>();
            for (PoliceCue cue : reading.policeCues()) {
                byKind.computeIfAbsent(cue.kind(), k -> new LinkedHashSet<>()).add(cue.words());
            }
            StringBuilder reason = new StringBuilder("疑似警务警情：描述涉及");
            List<String> parts = byKind.entrySet().stream()
                    .map(e -> KIND_ZH.getOrDefault(e.getKey(), e.getKey()) + "（" + String.join("、", e.getValue()) + "）")
                    .toList();
            reason.append(String.join("，", parts)).append("，宜退回110处置");
            return new Suspicion(true, reason.toString(),
                    byKind.values().stream().flatMap(Set::stream).distinct().toList());
        }
        if (reading.policeLikelihood() >= MODEL_CERTAINTY) {
            return new Suspicion(true, "疑似警务警情：模型判断为警务警情的可能性为" + Math.round(reading.policeLikelihood() * 100)
                    + "%（" + String.join("、", reading.policeWords()) + "），宜退回110处置", reading.policeWords());
        }
        return Suspicion.NONE;
    }

    /** What a dispatch of a suspected order lacks when no reason is given. */
    static FieldProblem reasonMissing() {
        return RoutingProblem.POLICE_REASON.at("reason");
    }
}

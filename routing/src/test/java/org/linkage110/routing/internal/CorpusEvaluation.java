package org.linkage110.routing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.linkage110.domain.Tier;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.CallFlag;
import org.linkage110.intake.CallReader;
import org.linkage110.intake.CallReading;
import org.linkage110.intake.CategorySuggestion;
import org.linkage110.platform.ReferenceData;
import org.linkage110.routing.Assessment;

/**
 * Reads every call of a part of the corpus as an order posted without flags and without a
 * category would be read: intake's reader on the shipped taxonomy, the proposal's basis and the
 * police-business rule, the shipped decision table on the best item, the lead unit by the shipped
 * responsibility list; and counts what came out right.
 */
final class CorpusEvaluation {

    private static final IncidentRecorded.Flags NO_FLAGS = new IncidentRecorded.Flags(false, false, false, false);

    final int calls;
    int classRight;
    int levelRight;
    int police;
    int policeCaught;
    int nonPolice;
    int falseMarks;
    int itemFirst;
    int itemTopThree;
    int leadRight;
    final Map<CallFlag, Integer> flagRight = new LinkedHashMap<>();
    /** Labelled class → proposed class → count. */
    final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    CorpusEvaluation(List<LabelledCall> part) {
        this.calls = part.size();
        CallReader reader = reader();
        DecisionTable table = new DecisionTable(ReferenceData.rows("decision-table").stream().map(DecisionRule::of).toList());
        Map<String, String> leads = ReferenceData.rows("responsibility-list").stream()
                .collect(Collectors.toMap(r -> r.get("item_code"), r -> r.get("lead_unit_code")));
        Map<String, List<String>> coUnits = ReferenceData.rows("responsibility-list").stream()
                .collect(Collectors.toMap(r -> r.get("item_code"), r -> ReferenceData.list(r.get("co_unit_codes"))));
        Map<String, Tier> tiers = ReferenceData.rows("linkage-units").stream()
                .collect(Collectors.toMap(r -> r.get("code"), r -> Tier.of(Integer.parseInt(r.get("tier")))));
        for (CallFlag flag : CallFlag.values()) {
            flagRight.put(flag, 0);
        }
        for (LabelledCall call : part) {
            CallReading reading = reader.read(call.description(), 3);
            ProposalBasis basis = ProposalBasis.of(NO_FLAGS, reading);
            List<String> items = reading.suggestions().stream().map(CategorySuggestion::itemCode).toList();
            String item = items.isEmpty() ? "" : items.get(0);
            Assessment decision = table.decide(basis.facts(item));
            boolean suspected = basis.police().suspected();
            String proposedClass = suspected ? LabelledCall.POLICE : decision.handlingClass().name();
            confusion.computeIfAbsent(call.handlingClass(), k -> new TreeMap<>()).merge(proposedClass, 1, Integer::sum);
            if (proposedClass.equals(call.handlingClass())) {
                classRight++;
            } else {
                misses.add("class " + call.handlingClass() + " → " + proposedClass + "：" + call.description());
            }
            String proposedLevel = suspected ? "-" : Integer.toString(decision.level().number());
            if (proposedLevel.equals(call.level())) {
                levelRight++;
            }
            if (call.policeBusiness()) {
                police++;
                policeCaught += suspected ? 1 : 0;
                continue;
            }
            nonPolice++;
            falseMarks += suspected ? 1 : 0;
            itemFirst += item.equals(call.item()) ? 1 : 0;
            itemTopThree += items.contains(call.item()) ? 1 : 0;
            if (!item.equals(call.item())) {
                misses.add("item " + call.item() + " → " + items + "：" + call.description());
            }
            UnitChoice units = UnitSelection.choose(decision.handlingClass(), leads.get(item),
                    coUnits.getOrDefault(item, List.of()), null, tiers::get);
            leadRight += call.leadUnit().equals(units.lead()) ? 1 : 0;
            boolean[] labelled = {call.onSceneDispute(), call.threatToSafety(), call.utilitiesHazard(),
                    call.needsPoliceFirst()};
            for (CallFlag flag : CallFlag.values()) {
                if (labelled[flag.ordinal()] == basis.holds(flag)) {
                    flagRight.merge(flag, 1, Integer::sum);
                }
            }
        }
    }

    /** The reader as the application builds it, on the shipped taxonomy's items and keywords. */
    static CallReader reader() {
        List<Map<String, String>> items = ReferenceData.rows("taxonomy", "code", "parent_code", "name_zh", "keywords")
                .stream().filter(row -> !row.get("parent_code").isEmpty()).toList();
        return new CallReader(
                items.stream().collect(Collectors.toMap(r -> r.get("code"), r -> ReferenceData.list(r.get("keywords")))),
                items.stream().collect(Collectors.toMap(r -> r.get("code"), r -> r.get("name_zh"))));
    }

    double classRate() {
        return (double) classRight / calls;
    }

    double levelRate() {
        return (double) levelRight / calls;
    }

    double policeCaughtRate() {
        return (double) policeCaught / police;
    }

    double falseMarkRate() {
        return (double) falseMarks / nonPolice;
    }

    double itemFirstRate() {
        return (double) itemFirst / nonPolice;
    }

    double itemTopThreeRate() {
        return (double) itemTopThree / nonPolice;
    }

    double leadRate() {
        return (double) leadRight / nonPolice;
    }

    double flagRate(CallFlag flag) {
        return (double) flagRight.get(flag) / nonPolice;
    }

    /** The figures as the closing note gives them. */
    String report(String part) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("corpus %s: %d calls (%d police business, %d not)%n", part, calls, police, nonPolice));
        out.append(String.format("  handling class right %.1f%% (%d), level right %.1f%%%n", 100 * classRate(), classRight,
                100 * levelRate()));
        out.append(String.format("  police business caught %.1f%% (%d of %d), non-police wrongly marked %.1f%% (%d of %d)%n",
                100 * policeCaughtRate(), policeCaught, police, 100 * falseMarkRate(), falseMarks, nonPolice));
        out.append(String.format("  item right first %.1f%%, in the top 3 %.1f%%, lead unit right %.1f%%%n",
                100 * itemFirstRate(), 100 * itemTopThreeRate(), 100 * leadRate()));
        flagRight.forEach((flag, right) -> out.append(String.format("  flag %s right %.1f%%%n", flag,
                100 * flagRate(flag))));
        out.append("  confusion (labelled → proposed): ").append(confusion).append('\n');
        misses.forEach(miss -> out.append("  ").append(miss).append('\n'));
        return out.toString();
    }
}

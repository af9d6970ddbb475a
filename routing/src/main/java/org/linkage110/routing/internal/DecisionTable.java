package org.linkage110.routing.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.linkage110.routing.Assessment;
import org.linkage110.routing.AssessmentFacts;

/**
 * The assessment decision table (003 §4.1 with 000's dispatch modes): the first rule, by priority,
 * that matches the facts decides. The table is data; it must end in a rule that matches everything,
 * so that no incident is left without a proposal.
 */
public final class DecisionTable {

    private final List<DecisionRule> rules;

    public DecisionTable(List<DecisionRule> rules) {
        this.rules = rules.stream().sorted(Comparator.comparingInt(DecisionRule::priority)).toList();
        Set<Integer> priorities = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (DecisionRule rule : this.rules) {
            if (!priorities.add(rule.priority()) || !ids.add(rule.id())) {
                throw new IllegalArgumentException("rule ids and priorities must be unique: " + rule.id());
            }
        }
        DecisionRule last = this.rules.isEmpty() ? null : this.rules.get(this.rules.size() - 1);
        if (last == null || !last.appliesTo().equals("*") || last.onSceneDispute() != DecisionRule.Flag.ANY
                || last.threatToSafety() != DecisionRule.Flag.ANY || last.utilitiesHazard() != DecisionRule.Flag.ANY
                || last.needsPoliceFirst() != DecisionRule.Flag.ANY) {
            throw new IllegalArgumentException("the decision table must end in a rule that matches every incident");
        }
    }

    public Assessment decide(AssessmentFacts facts) {
        return rules.stream().filter(rule -> rule.matches(facts)).findFirst().orElseThrow().decision();
    }
}

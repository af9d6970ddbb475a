package org.linkage110.routing.internal;

import org.linkage110.routing.RoutingProblem;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.intake.CommonProblem;
import org.linkage110.intake.FieldProblem;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.reference.ReferenceDataChanged;
import org.linkage110.routing.Assessment;
import org.linkage110.routing.AssessmentFacts;
import org.linkage110.routing.DecisionRuleView;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.routing.RuleRevision;

/** The decision table in the database, its edits and their history. */
@Stateless
public class RuleBook {

    /** The kind of reference data the decision table is, for its copies. */
    static final String TABLE = "decision-rule";

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Proposals proposals;

    @Inject
    OrderBook book;

    /** Tells every copy of the table, on this server and the cluster's others, that it changed (ReferenceCopies). */
    @Inject
    Event<ReferenceDataChanged> changed;

    public List<DecisionRuleView> all() {
        return stored().stream().map(StoredRule::toView).toList();
    }

    public Assessment decide(AssessmentFacts facts) {
        return proposals.decisionTable().decide(facts);
    }

    public List<RuleRevision> history(String ruleId) {
        return em.createNamedQuery(StoredRuleRevision.OF_RULE, StoredRuleRevision.class).setParameter("rule", ruleId)
                .getResultStream().map(StoredRuleRevision::toView).toList();
    }

    public DecisionRuleView save(DecisionRuleView view, String why) {
        requireWhy(why);
        DecisionRule rule = parse(view);
        StoredRule stored = em.find(StoredRule.class, rule.id());
        if (stored != null && stored.version() != view.version()) {
            throw IllegalMoveException.staleVersion(view.version(), stored.version());
        }
        Map<String, DecisionRule> table = current();
        table.put(rule.id(), rule);
        validate(table);
        String before = stored == null ? null : stored.toRule().toJson();
        if (stored == null) {
            stored = new StoredRule(rule.id());
            em.persist(stored);
        }
        Instant now = clock.instant();
        stored.take(rule, book.actor(), now);
        em.persist(new StoredRuleRevision(rule.id(), nextRevision(rule.id()), rule.toJson(), book.actor(), now, why));
        audit.record(new AuditedChange(before == null ? "routing.rule.added" : "routing.rule.changed", TABLE,
                rule.id(), before, rule.toJson()));
        em.flush();
        changed.fire(new ReferenceDataChanged(TABLE));
        return stored.toView();
    }

    public void remove(String ruleId, long version, String why) {
        requireWhy(why);
        StoredRule stored = em.find(StoredRule.class, ruleId);
        if (stored == null) {
            throw new NotFoundInRoutingException("decision rule", 0);
        }
        if (stored.version() != version) {
            throw IllegalMoveException.staleVersion(version, stored.version());
        }
        Map<String, DecisionRule> table = current();
        table.remove(ruleId);
        validate(table);
        String before = stored.toRule().toJson();
        em.remove(stored);
        em.persist(new StoredRuleRevision(ruleId, nextRevision(ruleId), null, book.actor(), clock.instant(), why));
        audit.record(new AuditedChange("routing.rule.removed", TABLE, ruleId, before, null));
        em.flush();
        changed.fire(new ReferenceDataChanged(TABLE));
    }

    private List<StoredRule> stored() {
        return em.createNamedQuery(StoredRule.ALL, StoredRule.class).getResultList();
    }

    private Map<String, DecisionRule> current() {
        Map<String, DecisionRule> table = new LinkedHashMap<>();
        stored().forEach(r -> table.put(r.id(), r.toRule()));
        return table;
    }

    private int nextRevision(String ruleId) {
        Integer last = em.createNamedQuery(StoredRuleRevision.LAST, Integer.class).setParameter("rule", ruleId)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }

    private static void requireWhy(String why) {
        if (why == null || why.isBlank()) {
            throw RoutingRefusedException.of("why", RoutingProblem.WHY_TABLE);
        }
    }

    private static void validate(Map<String, DecisionRule> table) {
        try {
            new DecisionTable(new ArrayList<>(table.values()));
        } catch (IllegalArgumentException e) {
            throw RoutingRefusedException.of("rules", e.getMessage());
        }
    }

    private static DecisionRule parse(DecisionRuleView view) {
        List<FieldProblem> problems = new ArrayList<>();
        if (view.id() == null || !view.id().matches("[A-Z][A-Z0-9_]{1,39}")) {
            problems.add(RoutingProblem.RULE_ID.at("id"));
        }
        if (view.handlingClass() == null || view.level() == null || view.dispatchMode() == null) {
            problems.add(RoutingProblem.RULE_DECISION.at("decision"));
        }
        if (view.reason() == null || view.reason().isBlank() || view.reason().length() > 500) {
            problems.add(RoutingProblem.RULE_REASON.at("reason", 500));
        }
        if (view.reasonEn() != null && view.reasonEn().strip().length() > 500) {
            problems.add(CommonProblem.AT_MOST.at("reasonEn", 500));
        }
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        Map<String, String> row = new LinkedHashMap<>();
        row.put("rule_id", view.id());
        row.put("priority", Integer.toString(view.priority()));
        row.put("applies_to", view.appliesTo() == null ? "" : view.appliesTo().strip());
        row.put("on_scene_dispute", nullToAny(view.onSceneDispute()));
        row.put("threat_to_safety", nullToAny(view.threatToSafety()));
        row.put("utilities_hazard", nullToAny(view.utilitiesHazard()));
        row.put("needs_police_first", nullToAny(view.needsPoliceFirst()));
        row.put("handling_class", view.handlingClass().name());
        row.put("level", Integer.toString(view.level().number()));
        row.put("dispatch_mode", view.dispatchMode().name());
        row.put("reason_zh", view.reason().strip());
        row.put("reason_en", view.reasonEn());
        try {
            return DecisionRule.of(row);
        } catch (IllegalArgumentException e) {
            throw RoutingRefusedException.of("conditions", e.getMessage());
        }
    }

    private static String nullToAny(String flag) {
        return flag == null ? "*" : flag;
    }
}

package org.linkage110.routing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.routing.internal.RuleBook;

/**
 * The assessment decision table as the office keeps it: everyone in the office reads it and its
 * history; only ADMIN changes it, with a reason, and never into a table that leaves an incident
 * without a proposal.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class DecisionRules {

    @Inject
    RuleBook book;

    public List<DecisionRuleView> all() {
        return book.all();
    }

    public List<RuleRevision> history(@NotNull String ruleId) {
        return book.history(ruleId);
    }

    /** What the table proposes for these facts, with the rule and its reason. */
    public Assessment decide(@NotNull AssessmentFacts facts) {
        return book.decide(facts);
    }

    /** Adds a rule or changes one (matched by id; {@code version} must be the one read). */
    @RolesAllowed(Role.Names.ADMIN)
    public DecisionRuleView save(@NotNull DecisionRuleView rule, String why) {
        return book.save(rule, why);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void remove(@NotNull String ruleId, long version, String why) {
        book.remove(ruleId, version, why);
    }
}

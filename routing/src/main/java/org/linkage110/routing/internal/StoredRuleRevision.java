package org.linkage110.routing.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.routing.RuleRevision;

/** One saved state of a decision rule (never changed once written). */
@Entity
@Table(name = "routing_decision_rule_revision")
@NamedQuery(name = StoredRuleRevision.OF_RULE,
        query = "select r from StoredRuleRevision r where r.ruleId = :rule order by r.revision")
@NamedQuery(name = StoredRuleRevision.LAST,
        query = "select max(r.revision) from StoredRuleRevision r where r.ruleId = :rule")
public class StoredRuleRevision {

    public static final String OF_RULE = "StoredRuleRevision.ofRule";
    public static final String LAST = "StoredRuleRevision.last";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rule_id", nullable = false, length = 40)
    private String ruleId;

    private int revision;

    @Column(columnDefinition = "TEXT")
    private String content;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false, length = 500)
    private String why;

    protected StoredRuleRevision() {
    }

    StoredRuleRevision(String ruleId, int revision, String content, String changedBy, Instant changedAt, String why) {
        this.ruleId = ruleId;
        this.revision = revision;
        this.content = content;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.why = why;
    }

    public RuleRevision toView() {
        return new RuleRevision(ruleId, revision, content, changedBy, changedAt, why);
    }
}

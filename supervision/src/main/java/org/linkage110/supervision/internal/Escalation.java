package org.linkage110.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.linkage110.supervision.EscalationView;

/** A step of the escalation ladder an open order reached. */
@Entity
@Table(name = "supervision_escalation")
@NamedQuery(name = Escalation.OF_ORDER,
        query = "select e from Escalation e where e.incidentId = :order order by e.step")
@NamedQuery(name = Escalation.LATEST, query = "select e from Escalation e order by e.reachedAt desc, e.id desc")
@NamedQuery(name = Escalation.STEPS_OF, query = "select e.incidentId, max(e.step) from Escalation e "
        + "where e.incidentId in :orders group by e.incidentId")
public class Escalation {

    public static final String OF_ORDER = "Escalation.ofOrder";
    public static final String LATEST = "Escalation.latest";
    public static final String STEPS_OF = "Escalation.stepsOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    private int step;

    @Column(name = "level_code", nullable = false, length = 30)
    private String levelCode;

    @Column(name = "level_name", nullable = false, length = 100)
    private String levelName;

    @Column(nullable = false, length = 40)
    private String recipient;

    @Column(name = "reached_at", nullable = false)
    private Instant reachedAt;

    protected Escalation() {
    }

    public Escalation(long incidentId, int step, LadderLevel level, String recipient, Instant at) {
        this.incidentId = incidentId;
        this.step = step;
        this.levelCode = level.code();
        this.levelName = level.name();
        this.recipient = recipient;
        this.reachedAt = at;
    }

    public EscalationView toView() {
        return new EscalationView(incidentId, step, levelCode, levelName, recipient, reachedAt);
    }
}

package org.linkage110.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.SpotCheckView;

/** A simulated alert aimed at a unit, and its score once closed. */
@Entity
@Table(name = "supervision_spot_check")
@NamedQuery(name = SpotCheck.LATEST, query = "select s from SpotCheck s order by s.plannedAt desc, s.id desc")
@NamedQuery(name = SpotCheck.OF_ORDER, query = "select count(s) from SpotCheck s where s.incidentId = :order")
public class SpotCheck {

    public static final String LATEST = "SpotCheck.latest";
    public static final String OF_ORDER = "SpotCheck.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "target_unit", nullable = false, length = 40)
    private String targetUnit;

    @Column(nullable = false, length = 500)
    private String scenario;

    @Column(name = "planned_by", nullable = false, length = 100)
    private String plannedBy;

    @Column(name = "planned_at", nullable = false)
    private Instant plannedAt;

    @Column(nullable = false, length = 10)
    private String status;

    private Integer score;

    @Column(columnDefinition = "TEXT")
    private String report;

    @Column(name = "closed_by", length = 100)
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SpotCheck() {
    }

    public SpotCheck(long incidentId, String targetUnit, String scenario, String plannedBy, Instant plannedAt) {
        this.incidentId = incidentId;
        this.targetUnit = targetUnit;
        this.scenario = scenario;
        this.plannedBy = plannedBy;
        this.plannedAt = plannedAt;
        this.status = "RUNNING";
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long incidentId() {
        return incidentId;
    }

    public boolean closed() {
        return "CLOSED".equals(status);
    }

    public void close(int score, String report, String by, Instant at) {
        this.status = "CLOSED";
        this.score = score;
        this.report = report;
        this.closedBy = by;
        this.closedAt = at;
    }

    public SpotCheckView toView() {
        return new SpotCheckView(id, version, incidentId, targetUnit, scenario, plannedBy, plannedAt, closed(), score,
                report, closedBy, closedAt);
    }

    public String toJson() {
        var json = Jsons.createObjectBuilder().add("order", incidentId).add("unit", targetUnit).add("status", status);
        if (score != null) {
            json.add("score", score);
        }
        return json.build().toString();
    }
}

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
import org.linkage110.supervision.SampleItemView;

/** An order drawn for review and what the review found. */
@Entity
@Table(name = "supervision_sample_item")
@NamedQuery(name = SampleItem.OF_SAMPLE, query = "select i from SampleItem i where i.sampleId = :sample order by i.id")
public class SampleItem {

    public static final String OF_SAMPLE = "SampleItem.ofSample";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "sample_id", nullable = false)
    private long sampleId;

    @Column(name = "incident_id", nullable = false)
    private long incidentId;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(name = "item_code", length = 6)
    private String itemCode;

    private boolean flagged;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(columnDefinition = "TEXT")
    private String findings;

    private Boolean defect;

    @Column(length = 1000)
    private String note;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    protected SampleItem() {
    }

    public SampleItem(long sampleId, long incidentId, String unitCode, String itemCode, boolean flagged) {
        this.sampleId = sampleId;
        this.incidentId = incidentId;
        this.unitCode = unitCode;
        this.itemCode = itemCode;
        this.flagged = flagged;
        this.status = "PENDING";
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

    public String unitCode() {
        return unitCode;
    }

    public boolean reviewed() {
        return "REVIEWED".equals(status);
    }

    public void review(String findingsJson, boolean defect, String note, String by, Instant at) {
        this.findings = findingsJson;
        this.defect = defect;
        this.note = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
        this.status = "REVIEWED";
    }

    public SampleItemView toView() {
        return new SampleItemView(id, version, sampleId, incidentId, unitCode, itemCode, flagged, reviewed(), findings,
                defect, note, reviewedBy, reviewedAt);
    }

    public String toJson() {
        var json = Jsons.createObjectBuilder().add("order", incidentId).add("status", status);
        if (findings != null) {
            json.add("findings", findings).add("defect", defect);
        }
        if (note != null) {
            json.add("text", note);
        }
        return json.build().toString();
    }
}

package org.linkage110.supervision.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.linkage110.supervision.ReportPartView;

/** A report's part for one unit or sub-district, with its files; never changed (the table refuses updates). */
@Entity
@Table(name = "supervision_report_part")
@NamedQuery(name = ReportPart.OF_REPORT, query = "select p from ReportPart p where p.reportId = :report "
        + "order by p.scope, p.scopeCode")
@NamedQuery(name = ReportPart.OF_CODE, query = "select p from ReportPart p where p.scopeCode = :code "
        + "order by p.reportId desc, p.scope")
public class ReportPart {

    public static final String OF_REPORT = "ReportPart.ofReport";
    public static final String OF_CODE = "ReportPart.ofCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private long reportId;

    @Column(nullable = false, length = 15)
    private String scope;

    @Column(name = "scope_code", nullable = false, length = 40)
    private String scopeCode;

    @Column(nullable = false, length = 250)
    private String title;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] xlsx;

    protected ReportPart() {
    }

    public ReportPart(long reportId, String scope, String scopeCode, String title, byte[] pdf, byte[] xlsx) {
        this.reportId = reportId;
        this.scope = scope;
        this.scopeCode = scopeCode;
        this.title = title;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    public String scopeCode() {
        return scopeCode;
    }

    public byte[] pdf() {
        return pdf;
    }

    public byte[] xlsx() {
        return xlsx;
    }

    public ReportPartView toView() {
        return new ReportPartView(id, reportId, scope, scopeCode, title);
    }
}

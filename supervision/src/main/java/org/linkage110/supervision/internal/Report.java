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
import java.time.Instant;
import java.time.LocalDate;
import org.linkage110.supervision.ReportView;

/** A report as issued, with its files; never changed (the table refuses updates). */
@Entity
@Table(name = "supervision_report")
@NamedQuery(name = Report.LATEST, query = "select r from Report r order by r.periodFrom desc, r.id desc")
@NamedQuery(name = Report.OF_PERIOD, query = "select count(r) from Report r where r.kind = :kind "
        + "and r.periodFrom = :from and r.periodTo = :to")
public class Report {

    public static final String LATEST = "Report.latest";
    public static final String OF_PERIOD = "Report.ofPeriod";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 25)
    private String kind;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false, length = 200)
    private String title;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGTEXT")
    private String figures;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] xlsx;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    protected Report() {
    }

    public Report(String kind, LocalDate from, LocalDate to, String title, String figures, byte[] pdf, byte[] xlsx,
                  String by, Instant at) {
        this.kind = kind;
        this.periodFrom = from;
        this.periodTo = to;
        this.title = title;
        this.figures = figures;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.issuedBy = by;
        this.issuedAt = at;
    }

    public byte[] pdf() {
        return pdf;
    }

    public byte[] xlsx() {
        return xlsx;
    }

    public ReportView toView() {
        return new ReportView(id, kind, periodFrom, periodTo, title, issuedBy, issuedAt);
    }
}

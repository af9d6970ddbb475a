package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.linkage110.supervision.ReportPartView;
import org.linkage110.supervision.ReportView;
import org.linkage110.supervision.Reports;
import org.primefaces.model.StreamedContent;

/**
 * The dashboard's reports: the office issues the monthly bulletin or the quarterly assessment of a
 * period that has ended and downloads each report and its parts per unit and sub-district; a unit's
 * head downloads their own unit's parts.
 */
@Named
@ViewScoped
public class DashboardReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    SecurityContext security;

    @Inject
    RoutingFeedback feedback;

    @Inject
    Messages messages;

    private String reportKind = Reports.MONTHLY;
    private LocalDate reportDay;

    /** The reports issued (for supervisors and administrators). */
    public List<ReportView> getReports() {
        return isOffice() ? reports.latest(24) : List.of();
    }

    private boolean isOffice() {
        return security.isCallerInRole("SUPERVISOR") || security.isCallerInRole("ADMIN");
    }

    /** A report's parts per unit and sub-district (the office). */
    public List<ReportPartView> parts(ReportView report) {
        return reports.parts(report.id());
    }

    /** Issues the report of the period containing the day chosen (the period must have ended). */
    public void issue() {
        if (feedback.attempt(() -> reports.issue(reportKind, reportDay))) {
            messages.info("dashboard.issued");
        }
    }

    public String getReportKind() {
        return reportKind;
    }

    public void setReportKind(String reportKind) {
        this.reportKind = reportKind;
    }

    public LocalDate getReportDay() {
        return reportDay;
    }

    public void setReportDay(LocalDate reportDay) {
        this.reportDay = reportDay;
    }

    /** The parts of the reports for the operator's own unit (a unit's head). */
    public List<ReportPartView> getMyParts() {
        return security.isCallerInRole("UNIT_OPERATOR") && !isOffice() ? reports.mine(24) : List.of();
    }

    public StreamedContent partPdf(ReportPartView part) {
        return Downloads.of(part.title() + ".pdf", Downloads.PDF, () -> reports.partPdf(part.id()));
    }

    public StreamedContent partXlsx(ReportPartView part) {
        return Downloads.of(part.title() + ".xlsx", Downloads.XLSX, () -> reports.partXlsx(part.id()));
    }

    public StreamedContent pdf(ReportView report) {
        return Downloads.of(report.title() + ".pdf", Downloads.PDF, () -> reports.pdf(report.id()));
    }

    public StreamedContent xlsx(ReportView report) {
        return Downloads.of(report.title() + ".xlsx", Downloads.XLSX, () -> reports.xlsx(report.id()));
    }
}

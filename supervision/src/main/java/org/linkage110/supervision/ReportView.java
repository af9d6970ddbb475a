package org.linkage110.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A report as issued: which, for what period, by whom, when. Its files are fetched apart. */
public record ReportView(long id, String kind, LocalDate from, LocalDate to, String title, String issuedBy,
                         Instant issuedAt) implements java.io.Serializable {
}

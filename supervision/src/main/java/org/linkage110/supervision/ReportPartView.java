package org.linkage110.supervision;

/** A report's part for one unit ({@code UNIT}) or one sub-district ({@code SUB_DISTRICT}). Its files are fetched apart. */
public record ReportPartView(long id, long reportId, String scope, String code, String title) implements java.io.Serializable {
}

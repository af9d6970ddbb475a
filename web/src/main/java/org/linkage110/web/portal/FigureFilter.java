package org.linkage110.web.portal;

import java.io.Serializable;
import java.time.LocalDate;
import org.linkage110.supervision.FigureQuery;

/**
 * A period and slice of the figures as the dashboard and its drill-down pages take it from forms
 * and view parameters (blank means all), and as a query string leading from one page to the other.
 */
public class FigureFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private String unit;
    private Integer tier;
    private String subDistrict;
    private String category;

    public FigureQuery query() {
        return new FigureQuery(from, to, blank(unit), tier, blank(subDistrict), blank(category));
    }

    /** The same period and slice for one unit. */
    public FigureFilter forUnit(String unitCode) {
        FigureFilter one = new FigureFilter();
        one.from = from;
        one.to = to;
        one.unit = unitCode;
        one.tier = tier;
        one.subDistrict = subDistrict;
        one.category = category;
        return one;
    }

    /** The parameters of a page showing figures of the same period and slice. */
    public String parameters() {
        FigureQuery q = query();
        StringBuilder url = new StringBuilder("from=").append(q.from()).append("&to=").append(q.to());
        if (q.unit() != null) {
            url.append("&unit=").append(q.unit());
        }
        if (q.tier() != null) {
            url.append("&tier=").append(q.tier());
        }
        if (q.subDistrict() != null) {
            url.append("&subDistrict=").append(q.subDistrict());
        }
        if (q.category() != null) {
            url.append("&category=").append(q.category());
        }
        return url.toString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getTier() {
        return tier;
    }

    public void setTier(Integer tier) {
        this.tier = tier;
    }

    public String getSubDistrict() {
        return subDistrict;
    }

    public void setSubDistrict(String subDistrict) {
        this.subDistrict = subDistrict;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}

package org.linkage110.web.portal;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentStatus;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.QueueFilter;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.TaxonomyEntry;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The office's intake queue: orders only (repeat calls are counted on their order), orders from
 * 110 pinned to the top, then the latest to ask for attention. Loaded a page at a time.
 */
@Named
@ViewScoped
public class IncidentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Incidents incidents;

    @Inject
    Taxonomy taxonomy;

    @Inject
    LinkageUnits units;

    @Inject
    Clock clock;

    private IncidentSource source;
    private String category;
    private String subDistrict;
    private LocalDate from;
    private LocalDate to;
    private IncidentStatus status;
    private String text;

    private Map<String, String> categoryNames;
    private List<LinkageUnitView> subDistricts;

    private final LazyDataModel<IncidentSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(Math.min(Integer.MAX_VALUE, incidents.count(filter())));
        }

        @Override
        public List<IncidentSummary> load(int first, int pageSize, Map<String, SortMeta> sort,
                                          Map<String, FilterMeta> filters) {
            return incidents.queue(filter(), first, pageSize);
        }
    };

    QueueFilter filter() {
        return new QueueFilter(source, category, subDistrict,
                from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
                status, text);
    }

    public void reset() {
        source = null;
        category = null;
        subDistrict = null;
        from = null;
        to = null;
        status = null;
        text = null;
    }

    public LazyDataModel<IncidentSummary> getModel() {
        return model;
    }

    public String categoryName(String code) {
        if (categoryNames == null) {
            categoryNames = taxonomy.entries().stream().collect(Collectors.toMap(TaxonomyEntry::code, TaxonomyEntry::nameZh));
        }
        return code == null ? "" : categoryNames.getOrDefault(code, code);
    }

    public List<TaxonomyEntry> getCategories() {
        return taxonomy.entries();
    }

    public List<LinkageUnitView> getSubDistricts() {
        if (subDistricts == null) {
            subDistricts = units.all().stream().filter(u -> "SUB_DISTRICT".equals(u.kind())).toList();
        }
        return subDistricts;
    }

    public String unitName(String code) {
        return code == null ? "" : getSubDistricts().stream().filter(u -> u.code().equals(code))
                .map(LinkageUnitView::nameZh).findFirst().orElse(code);
    }

    public IncidentSource[] getSources() {
        return IncidentSource.values();
    }

    public IncidentStatus[] getStatuses() {
        return new IncidentStatus[] {IncidentStatus.OPEN, IncidentStatus.CLOSED};
    }

    public IncidentSource getSource() {
        return source;
    }

    public void setSource(IncidentSource source) {
        this.source = source;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getSubDistrict() {
        return subDistrict;
    }

    public void setSubDistrict(String subDistrict) {
        this.subDistrict = subDistrict;
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

    public IncidentStatus getStatus() {
        return status;
    }

    public void setStatus(IncidentStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

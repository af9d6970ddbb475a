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
import org.linkage110.intake.Incidents;
import org.linkage110.intake.QueueFilter;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.TaxonomyEntry;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.OrderQueue;
import org.linkage110.routing.QueueRow;
import org.linkage110.routing.QueueTab;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The office's queue as a dispatcher works it: tabs with their counts (to assess, returned, in
 * hand, due soon, overdue, done), 110's waiting orders pinned, then by urgency and deadline, a page
 * at a time. Tab and filters are the page's address (view parameters), so a filtered view can be
 * reloaded or shared. A light poll tells of orders that arrived since the page opened.
 */
@Named
@ViewScoped
public class IncidentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrderQueue queue;

    @Inject
    Incidents incidents;

    @Inject
    Taxonomy taxonomy;

    @Inject
    LinkageUnits units;

    @Inject
    LanguageBacking language;

    @Inject
    Clock clock;

    private QueueTab tab = QueueTab.AWAITING;
    private IncidentSource source;
    private String category;
    private String subDistrict;
    private LocalDate from;
    private LocalDate to;
    private String text;

    private long arrivalMark = -1;
    private long countAtOpen;
    private long arrived;
    private transient Map<QueueTab, Long> counts;
    private transient Map<String, String> categoryNames;
    private transient List<LinkageUnitView> subDistricts;
    private transient Map<Long, Integer> repeats;

    private final LazyDataModel<QueueRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return Math.toIntExact(Math.min(Integer.MAX_VALUE, getCounts().getOrDefault(tab, 0L)));
        }

        @Override
        public List<QueueRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            List<QueueRow> rows = queue.page(tab, filter(), first, pageSize);
            repeats = incidents.repeatCountsOf(rows.stream().map(QueueRow::incidentId).toList());
            return rows;
        }

        @Override
        public String getRowKey(QueueRow row) {
            return String.valueOf(row.incidentId());
        }
    };

    /** When the page opens: where to watch for new orders from, and how many are there already. */
    public void open() {
        if (arrivalMark < 0) {
            arrivalMark = queue.arrivalMark();
            countAtOpen = queue.countAbove(arrivalMark, filter());
        }
    }

    /**
     * The poll: how many orders the filters let through arrived since the page opened; when more
     * came, the banner, the tabs and the list are redrawn.
     */
    public void poll() {
        long came = queue.countAbove(arrivalMark, filter()) - countAtOpen;
        if (came > arrived) {
            arrived = came;
            counts = null;
            PrimeFaces.current().ajax().update("incidents-form:arrivals", "incidents-form:tabs", "incidents-form:incidents");
        }
    }

    /** Applies the filters by reloading the page with them in its address. */
    public String apply() {
        return "/app/incidents?faces-redirect=true&includeViewParams=true";
    }

    public long getArrived() {
        return arrived;
    }

    @Inject
    Messages messages;

    /** "N 条新警情": how many orders arrived since the page opened. */
    public String getArrivedText() {
        return messages.text("incidents.arrived", "{0}").replace("{0}", String.valueOf(arrived));
    }

    QueueFilter filter() {
        return new QueueFilter(source, blankToNull(category), blankToNull(subDistrict),
                from == null ? null : from.atStartOfDay(clock.getZone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toInstant(), null, blankToNull(text));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Map<QueueTab, Long> getCounts() {
        if (counts == null) {
            counts = queue.counts(filter());
        }
        return counts;
    }

    /** A tab's count as shown: past the cap, "10000+". */
    public String countText(QueueTab tab) {
        long count = getCounts().getOrDefault(tab, 0L);
        return count > OrderQueue.COUNT_CAP ? OrderQueue.COUNT_CAP + "+" : String.valueOf(count);
    }

    public QueueTab[] getTabs() {
        return QueueTab.values();
    }

    public LazyDataModel<QueueRow> getModel() {
        return model;
    }

    public int repeatsOf(long incidentId) {
        return repeats == null ? 0 : repeats.getOrDefault(incidentId, 0);
    }

    public boolean overdue(QueueRow row) {
        return row.nextDue() != null && row.nextDue().isBefore(clock.instant());
    }

    public String categoryName(String code) {
        if (categoryNames == null) {
            categoryNames = taxonomy.entries().stream().collect(Collectors.toMap(TaxonomyEntry::code,
                    e -> language.isEnglish() && e.nameEn() != null && !e.nameEn().isBlank() ? e.nameEn() : e.nameZh()));
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
                .map(u -> language.isEnglish() ? u.nameEn() : u.nameZh()).findFirst().orElse(code);
    }

    public IncidentSource[] getSources() {
        return IncidentSource.values();
    }

    public QueueTab getTab() {
        return tab;
    }

    public void setTab(QueueTab tab) {
        this.tab = tab == null ? QueueTab.AWAITING : tab;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

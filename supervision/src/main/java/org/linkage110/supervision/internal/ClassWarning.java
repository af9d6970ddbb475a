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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.linkage110.platform.Jsons;
import org.linkage110.supervision.ClassWarningView;

/** A class warning: an item recurring at a place or in a grid, and what the office made of it. */
@Entity
@Table(name = "supervision_class_warning")
@NamedQuery(name = ClassWarning.OF_CLUSTER, query = "select w from ClassWarning w where w.itemCode = :item "
        + "and w.placeKind = :kind and w.place = :place")
@NamedQuery(name = ClassWarning.LATEST, query = "select w from ClassWarning w order by w.updatedAt desc, w.id desc")
public class ClassWarning {

    public static final String OF_CLUSTER = "ClassWarning.ofCluster";
    public static final String LATEST = "ClassWarning.latest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "item_code", nullable = false, length = 6)
    private String itemCode;

    @Column(name = "place_kind", nullable = false, length = 5)
    private String placeKind;

    @Column(nullable = false, length = 500)
    private String place;

    @Column(name = "order_ids", nullable = false, columnDefinition = "TEXT")
    private String orderIds;

    @Column(name = "order_count")
    private int orderCount;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(name = "instrument_id")
    private Long instrumentId;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = 1000)
    private String note;

    protected ClassWarning() {
    }

    public ClassWarning(String itemCode, String placeKind, String place, List<Long> orders, Instant at) {
        this.itemCode = itemCode;
        this.placeKind = placeKind;
        this.place = place;
        this.orderIds = join(orders);
        this.orderCount = orders.size();
        this.raisedAt = at;
        this.updatedAt = at;
        this.status = "OPEN";
    }

    /** Takes the cluster's orders; true when orders came that the warning did not know (it is open again). */
    public boolean update(List<Long> orders, Instant at) {
        Set<Long> known = new LinkedHashSet<>(orders());
        boolean news = !known.containsAll(orders);
        if (news) {
            known.addAll(orders);
            orderIds = join(List.copyOf(known));
            orderCount = known.size();
            updatedAt = at;
            status = "OPEN";
        }
        return news;
    }

    public void issued(long instrument, String by, Instant at) {
        status = "ISSUED";
        instrumentId = instrument;
        decidedBy = by;
        decidedAt = at;
    }

    public void dismissed(String why, String by, Instant at) {
        status = "DISMISSED";
        note = why;
        decidedBy = by;
        decidedAt = at;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String status() {
        return status;
    }

    public List<Long> orders() {
        return Arrays.stream(orderIds.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    public ClassWarningView toView() {
        return new ClassWarningView(id, version, itemCode, placeKind, place, orders(), raisedAt, updatedAt, status,
                instrumentId, decidedBy, decidedAt, note);
    }

    public String toJson() {
        var json = Jsons.createObjectBuilder().add("item", itemCode).add("placeKind", placeKind).add("place", place)
                .add("orders", orderCount).add("status", status);
        if (note != null) {
            json.add("text", note);
        }
        return json.build().toString();
    }
}

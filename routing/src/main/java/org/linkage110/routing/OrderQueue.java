package org.linkage110.routing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.InstructionLevel;
import org.linkage110.intake.QueueFilter;

/**
 * The office's queue by tab, with the count of each tab: 110's orders waiting for assessment pinned
 * on top (001), then the most urgent, then the nearest deadline. Native queries that read along
 * the order table's indexes: the open tabs along the queue's index (its lane, pinned, urgency, next
 * deadline and receipt, all kept on the order: V17_2, {@code NextDeadline}), the closed tab by
 * closing time, the whole list by receipt. What a page costs grows with the page, not with a tab's
 * open work or the years of closed orders behind it.
 */
@Stateless
@RolesAllowed({"DISPATCHER", "SUPERVISOR", "ADMIN"})
public class OrderQueue {

    /** The open tabs in the order the queue shows them: the columns of the queue's index. */
    private static final String OPEN_ORDER = " ORDER BY o.queue_pinned DESC, o.queue_urgency, o.queue_due, "
            + "o.received_at DESC, o.incident_id DESC";

    private static final long ARRIVAL_MARGIN = 256;

    /**
     * A tab counts its orders up to this many and then says "more": the closed tab of a district's
     * years holds millions, and counting them all on every page would cost seconds.
     */
    public static final long COUNT_CAP = 10_000;

    @PersistenceContext(unitName = "routing")
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "app.queue.due-soon-minutes", defaultValue = "60")
    long dueSoonMinutes;

    /**
     * The orders of a tab as narrowed, a page at a time. The closed tab reads newest closed first and
     * the whole list newest received first, both along an index; the open tabs, which hold the work
     * in hand, sort by what needs doing first.
     */
    public List<QueueRow> page(QueueTab tab, QueueFilter filter, int first, int max) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT o.incident_id, o.source, o.received_at, o.address, o.sub_district, "
                + "o.description, o.item_code, o.status, o.queue_urgency, o.next_due_at, o.queue_pinned "
                + "FROM routing_order o WHERE ");
        sql.append(condition(tab, parameters));
        narrow(sql, filter, parameters);
        sql.append(switch (tab) {
            case CLOSED -> " ORDER BY o.closed_at DESC, o.incident_id DESC";
            case ALL -> " ORDER BY o.received_at DESC, o.incident_id DESC";
            default -> OPEN_ORDER;
        });
        var select = query(sql, parameters).setFirstResult(Math.max(0, first)).setMaxResults(Math.min(500, Math.max(1, max)));
        return ((List<?>) select.getResultList()).stream().map(row -> (Object[]) row).map(OrderQueue::row).toList();
    }

    /** How many orders each tab holds as narrowed, each counted up to {@link #COUNT_CAP} + 1. */
    public Map<QueueTab, Long> counts(QueueFilter filter) {
        Map<QueueTab, Long> counts = new EnumMap<>(QueueTab.class);
        for (QueueTab tab : QueueTab.values()) {
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM (SELECT 1 FROM routing_order o WHERE ");
            sql.append(condition(tab, parameters));
            narrow(sql, filter, parameters);
            sql.append(" LIMIT ").append(COUNT_CAP + 1).append(") counted");
            counts.put(tab, ((Number) query(sql, parameters).getSingleResult()).longValue());
        }
        return counts;
    }

    /**
     * Where a page that opens now starts watching for new orders: a little below the newest
     * order's number. Orders are numbered when intake inserts them but commit in their own time,
     * so an order numbered just below the newest may still be on its way; the margin covers
     * those (far more than the intakes one server lets run at once).
     */
    public long arrivalMark() {
        Object max = em.createNativeQuery("SELECT MAX(incident_id) FROM routing_order").getSingleResult();
        return max == null ? 0L : Math.max(0L, ((Number) max).longValue() - ARRIVAL_MARGIN);
    }

    /**
     * How many orders numbered above the mark the filter lets through, whatever their tab: a
     * range read of the newest rows by primary key, the filter applied to those alone. A page
     * counts at opening and again at each poll; the difference is what arrived meanwhile.
     */
    public long countAbove(long mark, QueueFilter filter) {
        List<Object> parameters = new ArrayList<>(List.of(mark));
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM routing_order o WHERE o.incident_id > ?");
        narrow(sql, filter, parameters);
        return ((Number) query(sql, parameters).getSingleResult()).longValue();
    }

    /** The native query with its positional parameters bound in order. */
    private jakarta.persistence.Query query(StringBuilder sql, List<Object> parameters) {
        var select = em.createNativeQuery(sql.toString());
        for (int p = 0; p < parameters.size(); p++) {
            select.setParameter(p + 1, parameters.get(p));
        }
        return select;
    }

    /**
     * Which orders a tab holds. Its lane (the statuses of each tab, V17_2) is the order's; in hand,
     * an order is due soon or overdue by its next deadline (none is neither).
     */
    private String condition(QueueTab tab, List<Object> parameters) {
        return switch (tab) {
            case ALL -> "1 = 1";
            case AWAITING, RETURNED, HANDLING, CLOSED -> lane(tab);
            case DUE_SOON -> dueSoon(parameters);
            case OVERDUE -> overdue(parameters);
        };
    }

    private static String lane(QueueTab lane) {
        return "o.queue_lane = '" + lane.name() + "'";
    }

    private String dueSoon(List<Object> parameters) {
        Instant now = clock.instant();
        parameters.add(utc(now));
        parameters.add(utc(now.plus(Duration.ofMinutes(dueSoonMinutes))));
        return "(" + lane(QueueTab.HANDLING) + " AND o.queue_due >= ? AND o.queue_due < ?)";
    }

    private String overdue(List<Object> parameters) {
        parameters.add(utc(clock.instant()));
        return "(" + lane(QueueTab.HANDLING) + " AND o.queue_due < ?)";
    }

    private static void narrow(StringBuilder sql, QueueFilter f, List<Object> parameters) {
        if (f == null) {
            return;
        }
        if (f.source() != null) {
            sql.append(" AND o.source = ?");
            parameters.add(f.source().name());
        }
        if (f.category() != null && !f.category().isBlank()) {
            sql.append(" AND o.item_code LIKE ?");
            parameters.add(literal(f.category()) + "%");
        }
        if (f.subDistrict() != null && !f.subDistrict().isBlank()) {
            sql.append(" AND o.sub_district = ?");
            parameters.add(f.subDistrict());
        }
        if (f.receivedFrom() != null) {
            sql.append(" AND o.received_at >= ?");
            parameters.add(utc(f.receivedFrom()));
        }
        if (f.receivedBefore() != null) {
            sql.append(" AND o.received_at < ?");
            parameters.add(utc(f.receivedBefore()));
        }
        if (f.text() != null && !f.text().isBlank()) {
            String like = "%" + literal(f.text().strip()) + "%";
            sql.append(" AND (o.description LIKE ? OR o.address LIKE ? OR o.caller_name LIKE ? OR o.caller_phone LIKE ?"
                    + " OR o.external_number LIKE ? OR CAST(o.incident_id AS CHAR) = ?)");
            for (int i = 0; i < 5; i++) {
                parameters.add(like);
            }
            parameters.add(f.text().strip());
        }
    }

    /** A text matched as it is: LIKE's wildcards escaped. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static QueueRow row(Object[] r) {
        return new QueueRow(((Number) r[0]).longValue(), IncidentSource.valueOf((String) r[1]), utcInstant(r[2]),
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], OrderStatus.valueOf((String) r[7]),
                r[8] == null ? null : InstructionLevel.of(((Number) r[8]).intValue()),
                r[9] == null ? null : utcInstant(r[9]), r[10] instanceof Boolean pinned ? pinned
                        : r[10] != null && ((Number) r[10]).intValue() == 1);
    }

    private static LocalDateTime utc(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static Instant utcInstant(Object value) {
        LocalDateTime utc = value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return utc.toInstant(ZoneOffset.UTC);
    }
}

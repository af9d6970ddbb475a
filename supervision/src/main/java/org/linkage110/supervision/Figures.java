package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.FactCounts;

/**
 * The six rates of 002 and the other figures of the office (README, Indicators), summed from the
 * pre-aggregated daily facts, which every change of an order moves as it commits (checked nightly by
 * {@link FigureChecks}); drills are never counted. A unit operator sees their own unit's figures only.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR})
public class Figures {

    /** Every figure's definition, in the order the figures are shown. */
    public static List<IndicatorDefinition> definitions() {
        return IndicatorDefinition.ALL;
    }

    /** The counts the figures are made of, each drillable to what is behind it. */
    public static List<String> counts() {
        return FactCounts.COLUMNS;
    }

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    org.linkage110.supervision.internal.IndicatorTargets targets;

    @Inject
    @ConfigProperty(name = "app.figures.disputed-minimum", defaultValue = "3")
    int disputedMinimum;

    /** How often an item's orders must have been sent back in a period to be listed as disputed, unless asked otherwise. */
    @PermitAll
    public int disputedMinimum() {
        return disputedMinimum;
    }

    @Resource
    SessionContext session;

    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR})
    public FigureSet compute(FigureQuery query) {
        return totalOf(scoped(query));
    }

    /**
     * The figures of the query per group: per day of receipt ({@code "day"}), per week (keyed by
     * its Monday), month ({@code "2026-11"}) or quarter ({@code "2026-Q4"}), per unit ({@code "unit_code"}), sub-district or
     * category; groups without any fact are left out.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR})
    public Map<String, FigureSet> by(FigureQuery query, String dimension) {
        if (!DIMENSIONS.containsKey(dimension)) {
            throw RoutingRefusedException.of("by", "one of " + DIMENSIONS.keySet());
        }
        return byOf(scoped(query), dimension);
    }

    /** The figures of a query, for reports and schedules that run without a caller. */
    @PermitAll
    public FigureSet totalOf(FigureQuery query) {
        return targets.set(query, grouped(query, null).getOrDefault("", new FactCounts()));
    }

    @PermitAll
    public Map<String, FigureSet> byOf(FigureQuery query, String dimension) {
        Map<String, FigureSet> sets = new LinkedHashMap<>();
        grouped(query, dimension).forEach((key, counts) -> sets.put(key, targets.set(query, counts)));
        return sets;
    }

    private FigureQuery unitScoped(FigureQuery query) {
        if (session.isCallerInRole(Role.Names.UNIT_OPERATOR) && !session.isCallerInRole(Role.Names.SUPERVISOR)) {
            return query.forUnit(callers.unitOf(session.getCallerPrincipal()).orElse("-"));
        }
        return query;
    }

    private FigureQuery scoped(FigureQuery query) {
        FigureQuery q = unitScoped(query);
        if (q.from() == null || q.to() == null || q.to().isBefore(q.from())) {
            throw RoutingRefusedException.of("from", "a period: from a day to a day not before it");
        }
        return q;
    }

    /** The groups figures come by, and how each is read from the facts. */
    private static final Map<String, String> DIMENSIONS = Map.of("day", "day",
            "week", "DATE_SUB(day, INTERVAL WEEKDAY(day) DAY)", "month", "DATE_FORMAT(day, '%Y-%m')",
            "quarter", "CONCAT(YEAR(day), '-Q', QUARTER(day))",
            "unit_code", "unit_code", "sub_district", "sub_district", "category", "category");

    private Map<String, FactCounts> grouped(FigureQuery q, String dimension) {
        String group = dimension == null ? null : DIMENSIONS.get(dimension);
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append(group == null ? "''" : group).append(", ");
        sql.append(String.join(", ", FactCounts.COLUMNS.stream().map(c -> "SUM(" + c + ")").toList()));
        // without a sub-district or category the unit rows of the day are enough, a fortieth of the rows or less
        boolean units = q.subDistrict() == null && q.category() == null && !"sub_district".equals(dimension)
                && !"category".equals(dimension);
        sql.append(units ? " FROM supervision_daily_unit_fact" : " FROM supervision_daily_fact")
                .append(" WHERE day BETWEEN ? AND ?");
        List<Object> parameters = new ArrayList<>(List.of(q.from(), q.to()));
        if (q.unit() != null) {
            sql.append(" AND unit_code = ?");
            parameters.add(q.unit());
        }
        if (q.tier() != null) {
            sql.append(" AND tier = ?");
            parameters.add(q.tier());
        }
        if (q.subDistrict() != null) {
            sql.append(" AND sub_district = ?");
            parameters.add(q.subDistrict());
        }
        if (q.category() != null) {
            sql.append(" AND category = ?");
            parameters.add(q.category());
        }
        if (group != null) {
            sql.append(" GROUP BY 1 ORDER BY 1");
        }
        var select = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            select.setParameter(i + 1, parameters.get(i));
        }
        Map<String, FactCounts> groups = new LinkedHashMap<>();
        for (Object row : select.getResultList()) {
            Object[] r = (Object[]) row;
            groups.put(String.valueOf(r[0]), FactCounts.of(r, 1));
        }
        return groups;
    }

    @Inject
    org.linkage110.supervision.internal.DisputedItems disputed;

    /**
     * The disputed-jurisdiction list (001): items whose orders received in the period were sent
     * back by units at least {@code minimum} times, with the units and the reasons they gave.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER})
    public List<DisputedItem> disputedItems(LocalDate from, LocalDate to, int minimum) {
        if (from == null || to == null || to.isBefore(from)) {
            throw RoutingRefusedException.of("from", "a period: from a day to a day not before it");
        }
        return disputed.of(from, to, Math.max(1, minimum));
    }

    @Inject
    org.linkage110.supervision.internal.FigureDrillDown drillDown;

    /**
     * Drill-down: the orders, instructions or callbacks behind one count of a query, from the raw
     * orders by the same definitions as the daily facts, so that the entries add up to the figure.
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR})
    public List<FigureEntry> behind(FigureQuery query, String count) {
        return drillDown.behind(scoped(query), count);
    }

    @Inject
    org.linkage110.routing.OrderWatch orderWatch;

    /**
     * The stages overdue longest right now of instructions in hand, in the query's slice (unit,
     * tier, sub-district, category; the period does not apply: what is late now is late whenever it
     * came in), at most {@code max} (up to 200).
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR})
    public List<org.linkage110.routing.OverdueStage> worstOverdue(FigureQuery query, int max) {
        FigureQuery q = unitScoped(query);
        return orderWatch.worstOverdue(clock.instant(), q.unit(), q.tier(), q.subDistrict(), q.category(),
                Math.max(1, Math.min(max, 200)));
    }
}

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
import org.linkage110.supervision.internal.FigureFacts;

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
    FigureFacts facts;

    @Inject
    Callers callers;

    @Inject
    org.linkage110.intake.Incidents incidents;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.targets", defaultValue = "RESPONSE>=1.00,COMPLETION>=0.90,SATISFACTION>=0.95,REPEAT<=0.10")
    String targets;

    @Inject
    @ConfigProperty(name = "app.targets.amber-margin", defaultValue = "0.05")
    double amberMargin;

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
        FigureQuery q = scoped(query);
        return set(q, grouped(q, null).getOrDefault("", new FactCounts()));
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
        FigureQuery q = scoped(query);
        Map<String, FigureSet> sets = new LinkedHashMap<>();
        grouped(q, dimension).forEach((key, counts) -> sets.put(key, set(q, counts)));
        return sets;
    }

    /** The figures of a query, for reports and schedules that run without a caller. */
    @PermitAll
    public FigureSet totalOf(FigureQuery query) {
        return set(query, grouped(query, null).getOrDefault("", new FactCounts()));
    }

    @PermitAll
    public Map<String, FigureSet> byOf(FigureQuery query, String dimension) {
        Map<String, FigureSet> sets = new LinkedHashMap<>();
        grouped(query, dimension).forEach((key, counts) -> sets.put(key, set(query, counts)));
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

    private FigureSet set(FigureQuery q, FactCounts counts) {
        Map<String, Long> named = new LinkedHashMap<>();
        FactCounts.COLUMNS.forEach(c -> named.put(c, counts.get(c)));
        Map<String, double[]> goals = goals();
        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorDefinition d : IndicatorDefinition.ALL) {
            long numerator = counts.get(d.numeratorOf());
            long denominator = d.denominatorOf().stream().mapToLong(counts::get).sum();
            Double value = denominator == 0 ? null : (double) numerator / denominator;
            double[] goal = goals.get(d.code());
            Double target = goal == null ? null : goal[0];
            indicators.add(new Indicator(d.code(), d.nameZh(), d.nameEn(), numerator, denominator, value, target,
                    d.higherIsBetter(), status(value, goal), d.numeratorOf(), String.join("+", d.denominatorOf())));
        }
        return new FigureSet(q, named, indicators);
    }

    private Indicator.Status status(Double value, double[] goal) {
        if (value == null) {
            return Indicator.Status.NO_DATA;
        }
        if (goal == null) {
            return Indicator.Status.NO_TARGET;
        }
        double gap = goal[1] > 0 ? goal[0] - value : value - goal[0];
        if (gap <= 1e-9) {
            return Indicator.Status.GREEN;
        }
        return gap <= amberMargin + 1e-9 ? Indicator.Status.AMBER : Indicator.Status.RED;
    }

    /** code → {target, +1 when at least, -1 when at most}. */
    private Map<String, double[]> goals() {
        Map<String, double[]> goals = new LinkedHashMap<>();
        for (String entry : targets.split(",")) {
            String e = entry.strip();
            int at = e.contains(">=") ? e.indexOf(">=") : e.indexOf("<=");
            if (at < 0) {
                throw new IllegalStateException("a target is CODE>=value or CODE<=value: " + e);
            }
            goals.put(e.substring(0, at), new double[] {Double.parseDouble(e.substring(at + 2)),
                    e.startsWith(">=", at) ? 1 : -1});
        }
        return goals;
    }

    @Inject
    org.linkage110.routing.FigureSource routing;

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

    /** Counts a drill-down lists orders for, those it lists instructions for, and those it lists callbacks for. */
    private static final List<String> ORDER_COUNTS = List.of("received", "diverted", "closed", "sent_to_police",
            "repeats");
    private static final List<String> INSTRUCTION_COUNTS = List.of("dispatched", "signed", "signed_on_time", "fed_back",
            "returned", "sign_due", "sign_on_time", "contact_due", "contact_on_time", "arrive_due", "arrive_on_time",
            "report_due", "report_on_time", "result_due", "result_on_time");
    private static final List<String> CALLBACK_COUNTS = List.of("callbacks_done", "satisfaction_answers", "satisfied",
            "complaints", "unresolved");

    /**
     * Drill-down: the orders, instructions or callbacks behind one count of a query, from the raw
     * orders by the same definitions as the daily facts, so that the entries add up to the figure
     * (each adds 1; for repeat calls, the order's repeat calls).
     */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR})
    public List<FigureEntry> behind(FigureQuery query, String count) {
        FigureQuery q = scoped(query);
        if (count == null
                || !ORDER_COUNTS.contains(count) && !INSTRUCTION_COUNTS.contains(count) && !CALLBACK_COUNTS.contains(count)) {
            throw RoutingRefusedException.of("count", "one of " + ORDER_COUNTS + ", " + INSTRUCTION_COUNTS + " or "
                    + CALLBACK_COUNTS);
        }
        java.time.Instant from = q.from().atStartOfDay(clock.getZone()).toInstant();
        java.time.Instant to = q.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, org.linkage110.routing.FigureSource.OrderFact> orders = new LinkedHashMap<>();
        routing.orders(from, to).forEach(o -> orders.put(o.incidentId(), o));
        List<FigureEntry> behind = new ArrayList<>();
        if (ORDER_COUNTS.contains(count)) {
            Map<Long, Integer> repeats = "repeats".equals(count) ? incidents.repeatCounts(from, to) : Map.of();
            for (var o : orders.values()) {
                long adds = switch (count) {
                    case "diverted" -> o.diverted() ? 1 : 0;
                    case "closed" -> o.closed() ? 1 : 0;
                    case "sent_to_police" -> o.sentToPolice() ? 1 : 0;
                    case "repeats" -> repeats.getOrDefault(o.incidentId(), 0);
                    default -> 1;
                };
                if (adds > 0 && matches(q, o.leadUnit(), o.leadTier(), o)) {
                    behind.add(new FigureEntry(o.incidentId(), 0, 0, adds));
                }
            }
            return behind;
        }
        if (CALLBACK_COUNTS.contains(count)) {
            for (var callback : facts.doneCallbacks(orders.keySet())) {
                var o = orders.get(callback.incidentId());
                int adds = FigureFacts.callbackCounts(callback).getOrDefault(count, 0);
                if (adds > 0 && matches(q, o.leadUnit(), o.leadTier(), o)) {
                    behind.add(new FigureEntry(o.incidentId(), 0, callback.id(), adds));
                }
            }
            return behind;
        }
        for (var i : routing.instructionIds(from, to, clock.instant())) {
            var o = orders.get(i.fact().incidentId());
            if (o == null || !matches(q, i.fact().unitCode(), i.fact().tier(), o)) {
                continue;
            }
            if (counts(i.fact(), count)) {
                behind.add(new FigureEntry(o.incidentId(), i.id(), 0, 1));
            }
        }
        return behind;
    }

    private static boolean matches(FigureQuery q, String unit, Integer tier, org.linkage110.routing.FigureSource.OrderFact o) {
        return (q.unit() == null || q.unit().equals(unit == null ? "" : unit))
                && (q.tier() == null || q.tier().equals(tier == null ? 0 : tier))
                && (q.subDistrict() == null || q.subDistrict().equals(o.subDistrict() == null ? "" : o.subDistrict()))
                && (q.category() == null || q.category().equals(o.category() == null ? "" : o.category()));
    }

    private static boolean counts(org.linkage110.routing.FigureSource.InstructionFact f, String count) {
        return switch (count) {
            case "dispatched" -> true;
            case "signed" -> f.signed();
            case "signed_on_time" -> f.signedOnTime();
            case "fed_back" -> f.fedBack();
            case "returned" -> f.returned();
            default -> {
                String prefix = count.substring(0, count.indexOf('_'));
                org.linkage110.domain.calendar.Stage stage = switch (prefix) {
                    case "sign" -> org.linkage110.domain.calendar.Stage.SIGN_FOR;
                    case "contact" -> org.linkage110.domain.calendar.Stage.CALLER_CONTACT;
                    case "arrive" -> org.linkage110.domain.calendar.Stage.ARRIVE;
                    case "report" -> org.linkage110.domain.calendar.Stage.FIRST_REPORT;
                    default -> org.linkage110.domain.calendar.Stage.RESULT;
                };
                Boolean onTime = f.stagesOnTime().get(stage);
                yield count.endsWith("_due") ? onTime != null : Boolean.TRUE.equals(onTime);
            }
        };
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

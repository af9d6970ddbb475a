package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.calendar.Stage;
import org.linkage110.intake.Incidents;
import org.linkage110.routing.FigureSource;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.FigureEntry;
import org.linkage110.supervision.FigureQuery;

/**
 * Drill-down: the orders, instructions or callbacks behind one count of a query, from the raw
 * orders by the same definitions as the daily facts, so that the entries add up to the figure
 * (each adds 1; for repeat calls, the order's repeat calls). The query comes already scoped to the
 * caller's unit.
 */
@Stateless
public class FigureDrillDown {

    /** Counts a drill-down lists orders for, those it lists instructions for, and those it lists callbacks for. */
    private static final List<String> ORDER_COUNTS = List.of("received", "diverted", "closed", "sent_to_police",
            "repeats");
    private static final List<String> INSTRUCTION_COUNTS = List.of("dispatched", "signed", "signed_on_time", "fed_back",
            "returned", "sign_due", "sign_on_time", "contact_due", "contact_on_time", "arrive_due", "arrive_on_time",
            "report_due", "report_on_time", "result_due", "result_on_time");
    private static final List<String> CALLBACK_COUNTS = List.of("callbacks_done", "satisfaction_answers", "satisfied",
            "complaints", "unresolved");

    @Inject
    FigureSource routing;

    @Inject
    FigureFacts facts;

    @Inject
    Incidents incidents;

    @Inject
    Clock clock;

    public List<FigureEntry> behind(FigureQuery q, String count) {
        if (count == null
                || !ORDER_COUNTS.contains(count) && !INSTRUCTION_COUNTS.contains(count) && !CALLBACK_COUNTS.contains(count)) {
            throw RoutingRefusedException.of("count", "one of " + ORDER_COUNTS + ", " + INSTRUCTION_COUNTS + " or "
                    + CALLBACK_COUNTS);
        }
        Instant from = q.from().atStartOfDay(clock.getZone()).toInstant();
        Instant to = q.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<Long, FigureSource.OrderFact> orders = new LinkedHashMap<>();
        routing.orders(from, to).forEach(o -> orders.put(o.incidentId(), o));
        if (ORDER_COUNTS.contains(count)) {
            return ordersBehind(q, count, orders, from, to);
        }
        if (CALLBACK_COUNTS.contains(count)) {
            return callbacksBehind(q, count, orders);
        }
        List<FigureEntry> behind = new ArrayList<>();
        for (var i : routing.instructionIds(from, to, clock.instant())) {
            var o = orders.get(i.fact().incidentId());
            if (o != null && matches(q, i.fact().unitCode(), i.fact().tier(), o) && counts(i.fact(), count)) {
                behind.add(new FigureEntry(o.incidentId(), i.id(), 0, 1));
            }
        }
        return behind;
    }

    private List<FigureEntry> ordersBehind(FigureQuery q, String count, Map<Long, FigureSource.OrderFact> orders,
                                           Instant from, Instant to) {
        Map<Long, Integer> repeats = "repeats".equals(count) ? incidents.repeatCounts(from, to) : Map.of();
        List<FigureEntry> behind = new ArrayList<>();
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

    private List<FigureEntry> callbacksBehind(FigureQuery q, String count, Map<Long, FigureSource.OrderFact> orders) {
        List<FigureEntry> behind = new ArrayList<>();
        for (var callback : facts.doneCallbacks(orders.keySet())) {
            var o = orders.get(callback.incidentId());
            int adds = FigureFacts.callbackCounts(callback).getOrDefault(count, 0);
            if (adds > 0 && matches(q, o.leadUnit(), o.leadTier(), o)) {
                behind.add(new FigureEntry(o.incidentId(), 0, callback.id(), adds));
            }
        }
        return behind;
    }

    private static boolean matches(FigureQuery q, String unit, Integer tier, FigureSource.OrderFact o) {
        return (q.unit() == null || q.unit().equals(unit == null ? "" : unit))
                && (q.tier() == null || q.tier().equals(tier == null ? 0 : tier))
                && (q.subDistrict() == null || q.subDistrict().equals(o.subDistrict() == null ? "" : o.subDistrict()))
                && (q.category() == null || q.category().equals(o.category() == null ? "" : o.category()));
    }

    private static boolean counts(FigureSource.InstructionFact f, String count) {
        return switch (count) {
            case "dispatched" -> true;
            case "signed" -> f.signed();
            case "signed_on_time" -> f.signedOnTime();
            case "fed_back" -> f.fedBack();
            case "returned" -> f.returned();
            default -> {
                Stage stage = switch (count.substring(0, count.indexOf('_'))) {
                    case "sign" -> Stage.SIGN_FOR;
                    case "contact" -> Stage.CALLER_CONTACT;
                    case "arrive" -> Stage.ARRIVE;
                    case "report" -> Stage.FIRST_REPORT;
                    default -> Stage.RESULT;
                };
                Boolean onTime = f.stagesOnTime().get(stage);
                yield count.endsWith("_due") ? onTime != null : Boolean.TRUE.equals(onTime);
            }
        };
    }
}

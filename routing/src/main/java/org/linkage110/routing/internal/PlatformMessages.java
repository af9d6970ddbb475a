package org.linkage110.routing.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.Incidents;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.Outbox;

/**
 * What routing tells the 110 and 12345 platforms, each message through the outbox in the same
 * transaction as the change it reports, with a key that makes a redelivery recognisable: orders
 * diverted to 12345, police business back to 110, and for the orders they sent the lead unit's
 * progress (signed, arrived, first report, result), the result to every external number linked to
 * the order (the repeat callers' too), and a reopening. A drill never leaves the platform.
 */
@Stateless
public class PlatformMessages {

    public static final String DIVERTED_ORDER = "diverted-orders";
    public static final String RESULT = "incident-results";
    public static final String POLICE_REFERRAL = "police-referrals";
    public static final String PROGRESS = "incident-progress";
    public static final String REOPENED = "incident-reopened";

    /** A step of the lead unit's handling the sending platform hears about. */
    public enum Step { SIGNED, ARRIVED, FIRST_REPORT, RESULT_SUBMITTED }

    @Inject
    Outbox outbox;

    @Inject
    OrderBook book;

    @Inject
    Incidents incidents;

    public void diverted(RoutingOrder order, Instruction instruction) {
        if (book.drill(order.incidentId())) {
            return;
        }
        var task = order.task();
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("orderId", order.incidentId())
                .add("instructionId", instruction.id())
                .add("level", instruction.level().number())
                .add("responsibleUnit", instruction.unitCode())
                .add("receivedAt", task.receivedAt().toString())
                .add("address", task.address())
                .add("description", task.description());
        optional(json, "itemCode", task.itemCode());
        optional(json, "callerName", task.callerName());
        optional(json, "callerPhone", task.callerPhone());
        if (order.source() == IncidentSource.HOTLINE_12345) {
            optional(json, "externalNumber", order.externalNumber());
        }
        outbox.enqueue(Outbox.HOTLINE_12345, DIVERTED_ORDER, "diversion-" + instruction.id(), json.build().toString());
    }

    public void sentToPolice(RoutingOrder order, String reason) {
        if (book.drill(order.incidentId())) {
            return;
        }
        JsonObjectBuilder message = Jsons.createObjectBuilder().add("orderId", order.incidentId()).add("reason", reason)
                .add("address", order.task().address()).add("description", order.task().description());
        if (order.source() == IncidentSource.PLATFORM_110) {
            optional(message, "externalNumber", order.externalNumber());
        }
        outbox.enqueue(Outbox.PLATFORM_110, POLICE_REFERRAL, "police-referral-" + order.incidentId(),
                message.build().toString());
    }

    /** The lead unit's step, for the platform the order came from. */
    public void progress(RoutingOrder order, Instruction instruction, Step step, String text, Instant at) {
        Optional<String> destination = platformOf(order.source());
        if (destination.isEmpty() || instruction.role() != org.linkage110.routing.UnitRole.LEAD
                || book.drill(order.incidentId())) {
            return;
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("orderId", order.incidentId())
                .add("step", step.name()).add("unit", instruction.unitCode()).add("at", at.toString())
                .add("resultRound", order.resultRound() + 1);
        optional(json, "externalNumber", order.externalNumber());
        optional(json, "text", text);
        outbox.enqueue(destination.get(), PROGRESS, "progress-" + instruction.id() + "-" + step + "-r"
                + order.resultRound(), json.build().toString());
    }

    /** The result, to the platform of the order and to that of every repeat call linked to it. */
    public void result(RoutingOrder order, String result, Instant closedAt, int round) {
        if (book.drill(order.incidentId())) {
            return;
        }
        JsonObjectBuilder base = Jsons.createObjectBuilder()
                .add("orderId", order.incidentId())
                .add("handlingClass", order.handlingClass().name())
                .add("leadUnit", order.leadUnit())
                .add("result", result)
                .add("closedAt", closedAt.toString())
                .add("resultRound", round);
        platformOf(order.source()).ifPresent(destination -> {
            JsonObjectBuilder message = Jsons.createObjectBuilder(base.build());
            optional(message, "externalNumber", order.externalNumber());
            outbox.enqueue(destination, RESULT, "result-" + order.incidentId() + "-" + round, message.build().toString());
        });
        for (IncidentSummary repeat : repeatsOf(order)) {
            platformOf(repeat.source()).ifPresent(destination -> {
                JsonObjectBuilder message = Jsons.createObjectBuilder(base.build()).add("repeatOf", order.incidentId())
                        .add("incidentId", repeat.id());
                optional(message, "externalNumber", repeat.externalNumber());
                outbox.enqueue(destination, RESULT, "result-" + order.incidentId() + "-" + round + "-repeat-"
                        + repeat.id(), message.build().toString());
            });
        }
    }

    /** The order the platform had a result for is handled again. */
    public void reopened(RoutingOrder order, Instruction instruction, String reason, Instant resultDue) {
        Optional<String> destination = platformOf(order.source());
        if (destination.isEmpty() || book.drill(order.incidentId())) {
            return;
        }
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("orderId", order.incidentId()).add("reopened", true)
                .add("unit", instruction.unitCode()).add("reason", reason).add("resultRound", order.resultRound());
        optional(json, "externalNumber", order.externalNumber());
        optional(json, "resultDue", resultDue == null ? null : resultDue.toString());
        outbox.enqueue(destination.get(), REOPENED, "reopened-" + order.incidentId() + "-" + order.resultRound(),
                json.build().toString());
    }

    private List<IncidentSummary> repeatsOf(RoutingOrder order) {
        return incidents.repeatsOf(new IncidentId(order.incidentId()));
    }

    private static Optional<String> platformOf(IncidentSource source) {
        return switch (source) {
            case PLATFORM_110 -> Optional.of(Outbox.PLATFORM_110);
            case HOTLINE_12345 -> Optional.of(Outbox.HOTLINE_12345);
            default -> Optional.empty();
        };
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}

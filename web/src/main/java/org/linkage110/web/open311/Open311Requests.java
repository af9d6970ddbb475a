package org.linkage110.web.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.linkage110.domain.IncidentSource;
import org.linkage110.intake.IncidentFlags;
import org.linkage110.intake.IncidentSummary;
import org.linkage110.intake.Incidents;
import org.linkage110.intake.IntakeReceipt;
import org.linkage110.intake.NewIncident;
import org.linkage110.intake.Taxonomy;
import org.linkage110.intake.TaxonomyEntry;
import org.linkage110.routing.OrderProgress;
import org.linkage110.web.api.CallingAgency;
import org.linkage110.web.api.Problem;
import org.linkage110.web.api.ProblemException;

/**
 * Service requests of one channel: a POST becomes an incident through intake's receive (the
 * channel's client id and the request's token make its external number, so a retry with the same
 * Idempotency-Key is the same request), and reads see the channel's own requests only, with the
 * status of their orders.
 */
@RequestScoped
class Open311Requests {

    /** The agency value of an API client that is an Open311 channel. */
    static final String AGENCY = "OPEN311";
    private static final Duration DEFAULT_RANGE = Duration.ofDays(90);
    private static final int MAX = 1000;

    @Inject
    CallingAgency caller;

    @Inject
    Incidents incidents;

    @Inject
    OrderProgress progress;

    @Inject
    Taxonomy taxonomy;

    @Inject
    Clock clock;

    @Inject
    jakarta.security.enterprise.SecurityContext security;

    /** A request posted: the document, and whether it made a new request (201) or was one already (200). */
    record Posted(Open311Document document, boolean created) {
    }

    Posted create(MultivaluedMap<String, String> form, String idempotencyKey) {
        String channel = channel();
        String token = idempotencyKey == null || idempotencyKey.isBlank() ? UUID.randomUUID().toString()
                : idempotencyKey.strip();
        if (!token.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw invalid("Idempotency-Key: at most 64 letters, digits and . _ : -");
        }
        String serviceCode = first(form, "service_code");
        TaxonomyEntry service = taxonomy.entries().stream().filter(e -> !e.isCategory())
                .filter(e -> e.code().equals(serviceCode)).findFirst()
                .orElseThrow(() -> invalid("service_code: not a service of the list"));
        String address = first(form, "address_string");
        String lat = first(form, "lat");
        String lon = first(form, "long");
        if (address == null && (lat == null || lon == null)) {
            throw invalid("address_string or lat and long: a location is required");
        }
        String place = address != null ? address : "坐标 " + lat + "," + lon;
        String description = first(form, "description");
        String name = ((first(form, "last_name") == null ? "" : first(form, "last_name"))
                + (first(form, "first_name") == null ? "" : first(form, "first_name"))).strip();
        Map<String, String> answers = new HashMap<>();
        form.forEach((field, values) -> {
            if (field.startsWith("attribute[") && field.endsWith("]") && !values.isEmpty()) {
                answers.put(field.substring(10, field.length() - 1), values.get(0));
            }
        });
        String number = externalNumber(channel, token);
        // a retry of the same request is received when the first was, so that only its content is compared
        Instant receivedAt = incidents.findByExternalNumber(IncidentSource.OPEN311, number)
                .map(IncidentSummary::receivedAt).orElseGet(clock::instant);
        NewIncident incoming = new NewIncident(IncidentSource.OPEN311, number, receivedAt, name.isEmpty() ? null : name, first(form, "phone"), place, null,
                description == null ? service.nameZh() : description, service.code(), IncidentFlags.NONE, answers);
        IntakeReceipt receipt = incidents.receive(incoming);
        return new Posted(Open311Document.list("service_requests", "request", List.of(Open311Record.of(
                "service_request_id", Long.toString(receipt.incidentId()), "token", token,
                "service_notice", receipt.outcome() == IntakeReceipt.Outcome.REPEAT_LINKED
                        ? "已有同一问题的工单在办，本次反映已并入 (linked to the open request about the same problem)"
                        : "已受理 (received)",
                "account_id", null))), receipt.outcome() == IntakeReceipt.Outcome.CREATED);
    }

    Open311Document search(String ids, String serviceCode, String status, String start, String end) {
        String channel = channel();
        List<Long> wanted = new ArrayList<>();
        for (String id : Open311Resource.csv(ids)) {
            wanted.add(id(id));
        }
        Instant to = end == null ? null : instant("end_date", end);
        Instant from = start == null ? (wanted.isEmpty() ? (to == null ? clock.instant() : to).minus(DEFAULT_RANGE) : null)
                : instant("start_date", start);
        Set<String> statuses = Set.copyOf(Open311Resource.csv(status));
        if (!Set.of("open", "closed").containsAll(statuses)) {
            throw invalid("status: open, closed or both");
        }
        List<IncidentSummary> found = incidents.ofChannel(IncidentSource.OPEN311, channel, wanted,
                serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip(), from, to, MAX);
        List<Map<String, Object>> records = records(found).stream()
                .filter(r -> statuses.isEmpty() || statuses.contains((String) r.get("status"))).toList();
        return Open311Document.list("service_requests", "request", records);
    }

    Optional<Open311Document> one(String id) {
        List<IncidentSummary> found = incidents.ofChannel(IncidentSource.OPEN311, channel(), List.of(id(id)), null,
                null, null, 1);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(Open311Document.list("service_requests", "request", records(found)));
    }

    Optional<Open311Document> token(String token) {
        String channel = channel();
        return incidents.findByExternalNumber(IncidentSource.OPEN311, externalNumber(channel, token))
                .filter(found -> !incidents.ofChannel(IncidentSource.OPEN311, channel, List.of(found.id()), null, null,
                        null, 1).isEmpty())
                .map(found -> Open311Document.list("service_requests", "request", List.of(Open311Record.of(
                        "service_request_id", Long.toString(found.id()), "token", token))));
    }

    /** Every change of status of the channel's requests after {@code start} (and up to {@code end}), oldest first. */
    Open311Document updates(String start, String end) {
        String channel = channel();
        if (start == null) {
            throw invalid("start_date is required");
        }
        Instant from = instant("start_date", start);
        Instant to = end == null ? null : instant("end_date", end);
        List<OrderProgress.StatusChange> changes = progress.changesSince(from, 5000).stream()
                .filter(c -> to == null || !c.at().isAfter(to)).toList();
        Set<Long> orders = changes.stream().map(OrderProgress.StatusChange::incidentId).collect(Collectors.toSet());
        Set<Long> ours = orders.isEmpty() ? Set.of() : incidents.ofChannel(IncidentSource.OPEN311, channel, orders, null,
                null, null, MAX).stream().map(IncidentSummary::id).collect(Collectors.toSet());
        List<Map<String, Object>> updates = new ArrayList<>();
        for (OrderProgress.StatusChange change : changes) {
            if (!ours.contains(change.incidentId())) {
                continue;
            }
            Open311Status status = Open311Status.of(change.status());
            updates.add(Open311Record.of("update_id", Long.toString(change.sequence()),
                    "service_request_id", Long.toString(change.incidentId()), "status", status.open311,
                    "updated_datetime", time(change.at()), "description", status.notes, "media_url", null));
        }
        return Open311Document.list("service_request_updates", "request_update", updates);
    }

    private List<Map<String, Object>> records(List<IncidentSummary> found) {
        Map<Long, OrderProgress.Progress> orders = progress.of(found.stream().map(IncidentSummary::orderId)
                .collect(Collectors.toSet()));
        Map<String, String> names = taxonomy.entries().stream()
                .collect(Collectors.toMap(TaxonomyEntry::code, TaxonomyEntry::nameZh));
        List<Map<String, Object>> records = new ArrayList<>();
        for (IncidentSummary incident : found) {
            OrderProgress.Progress order = orders.get(incident.orderId());
            Open311Status status = Open311Status.of(order == null ? null : order.status());
            Instant updated = latest(incident.receivedAt(), order == null ? null : order.assessedAt(),
                    order == null ? null : order.closedAt());
            records.add(Open311Record.of("service_request_id", Long.toString(incident.id()),
                    "status", status.open311, "status_notes", status.notes,
                    "service_name", incident.categoryCode() == null ? null : names.get(incident.categoryCode()),
                    "service_code", incident.categoryCode(), "description", incident.description(),
                    "agency_responsible", null, "service_notice", null,
                    "requested_datetime", time(incident.receivedAt()), "updated_datetime", time(updated),
                    "address", incident.address(), "media_url", null));
        }
        return records;
    }

    private String channel() {
        if (security.getCallerPrincipal() == null || caller.agency().filter(AGENCY::equals).isEmpty()) {
            throw new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.FORBIDDEN, "forbidden",
                    "api_key: the key of an Open311 channel is required"));
        }
        return security.getCallerPrincipal().getName();
    }

    private static String externalNumber(String channel, String token) {
        String number = channel + ":" + token;
        if (number.length() <= 64) {
            return number;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(number.getBytes(StandardCharsets.UTF_8));
            return channel.substring(0, Math.min(channel.length(), 22)) + ":" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant latest(Instant... instants) {
        Instant latest = null;
        for (Instant i : instants) {
            if (i != null && (latest == null || i.isAfter(latest))) {
                latest = i;
            }
        }
        return latest;
    }

    private String time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, zone()).withNano(0).toString();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw invalid("service_request_id: a number");
        }
    }

    private static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field + ": ISO 8601 with offset, e.g. 2026-12-01T08:00:00+08:00");
        }
    }

    private static String first(MultivaluedMap<String, String> form, String field) {
        String value = form == null ? null : form.getFirst(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "invalid-request", detail));
    }
}

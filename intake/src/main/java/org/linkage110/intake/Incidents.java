package org.linkage110.intake;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.Role;
import org.linkage110.intake.internal.IdempotentDelivery;
import org.linkage110.intake.internal.IntakeAdmission;
import org.linkage110.intake.internal.Incident;
import org.linkage110.intake.internal.IncidentRepository;
import org.linkage110.intake.internal.RedeliveryDifferences;
import org.linkage110.intake.internal.IntakeDesk;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;

/** Use cases of intake: receive an incident (idempotently), read the queue and an incident. */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR, Role.Names.SUPERVISOR, Role.Names.ADMIN,
        Role.Names.AGENCY})
public class Incidents {

    @Inject
    IntakeAdmission admission;

    @Inject
    IncidentRepository repository;

    @Inject
    IntakeDesk desk;

    @Inject
    AuditTrail audit;

    /**
     * Receives an incident. The same (source, external number) delivered again with the same
     * content returns the first receipt and changes nothing; with other content it is refused.
     * Runs without a transaction of its own: the insert happens in one, and a concurrent
     * duplicate that loses on the unique key is answered from a fresh read of the winner.
     */
    @RolesAllowed(Role.Names.AGENCY)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IntakeReceipt receive(@NotNull @Valid NewIncident incoming) {
        return receive(incoming, false);
    }

    /**
     * A call a dispatcher took in the portal, directly or as a three-way call with 110 or 12345
     * (then the source is that platform). The category's required inquiry elements must be answered.
     */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public IntakeReceipt takeCall(@NotNull @Valid NewIncident incoming) {
        return receive(incoming, true);
    }

    private IntakeReceipt receive(NewIncident incoming, boolean askedInPortal) {
        return IdempotentDelivery.receive(
                () -> incoming.externalNumber() == null
                        ? Optional.empty()
                        : repository.byExternalNumber(incoming.source(), incoming.externalNumber())
                                .map(earlier -> redelivery(earlier, incoming)),
                () -> admission.admit(() -> desk.create(incoming, askedInPortal, null, null)));
    }

    private static IntakeReceipt redelivery(Incident earlier, NewIncident incoming) {
        List<String> differing = RedeliveryDifferences.between(earlier.toSummary(), incoming);
        if (!differing.isEmpty()) {
            throw new ConflictingRedeliveryException(incoming.externalNumber(), earlier.id(), differing);
        }
        return new IntakeReceipt(earlier.id(), earlier.orderId(), IntakeReceipt.Outcome.REDELIVERED,
                earlier.repeatCount(), earlier.categoryCode(), earlier.categorySuggested());
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.AGENCY})
    public Optional<IncidentSummary> find(@NotNull IncidentId id) {
        return repository.find(id.value()).map(Incident::toSummary);
    }

    /** The agency's own incident: one another source sent is as good as absent. */
    @RolesAllowed(Role.Names.AGENCY)
    public Optional<IncidentSummary> findFromSource(@NotNull IncidentId id, @NotNull IncidentSource source) {
        return find(id).filter(incident -> incident.source() == source);
    }

    /** The agency's own incident by its external number. */
    @RolesAllowed(Role.Names.AGENCY)
    public Optional<IncidentSummary> findByExternalNumber(@NotNull IncidentSource source, @NotNull String externalNumber) {
        return repository.byExternalNumber(source, externalNumber).map(Incident::toSummary);
    }

    /**
     * A channel's incidents, newest first: those of {@code source} whose external number starts
     * with {@code channel + ":"}, never a drill; {@code ids}, {@code categoryCode} and the
     * received range narrow it when given.
     */
    @RolesAllowed(Role.Names.AGENCY)
    public List<IncidentSummary> ofChannel(@NotNull IncidentSource source, @NotNull String channel,
                                           java.util.Collection<Long> ids, String categoryCode, Instant receivedFrom,
                                           Instant receivedTo, @Min(1) @Max(1000) int max) {
        return repository.ofChannel(source, channel + ":", ids, categoryCode, receivedFrom, receivedTo, max).stream()
                .map(Incident::toSummary).toList();
    }

    /** The repeat calls linked to an order, oldest first. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<IncidentSummary> repeatsOf(@NotNull IncidentId order) {
        return repository.repeatsOf(order.value()).stream().map(Incident::toSummary).toList();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<IncidentSummary> queue(@NotNull QueueFilter filter, @Min(0) int first, @Min(1) @Max(500) int max) {
        return repository.queue(filter, first, max).stream().map(Incident::toSummary).toList();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public long count(@NotNull QueueFilter filter) {
        return repository.count(filter);
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public long count() {
        return count(QueueFilter.ALL);
    }

    /**
     * Records where the incident is, as territorial assignment found it (the grid and the
     * sub-district responsible for it). Called by routing when an order is recorded.
     */
    public void locate(@NotNull IncidentId id, String gridCode, String subDistrict) {
        Incident incident = repository.find(id.value()).orElseThrow(() -> new IncidentNotFoundException(id.value()));
        String before = incident.toJson();
        incident.locate(gridCode, subDistrict);
        audit.record(new AuditedChange("intake.incident.located", "incident", id.toString(), before, incident.toJson()));
    }

    /** The order is finished (routing reported its result back): called by routing only. */
    public void close(@NotNull IncidentId id) {
        changeStatus(id, true);
    }

    /** Handling of the order starts again (routing reopened it): called by routing only. */
    public void reopen(@NotNull IncidentId id) {
        changeStatus(id, false);
    }

    private void changeStatus(IncidentId id, boolean close) {
        Incident incident = repository.find(id.value()).orElseThrow(() -> new IncidentNotFoundException(id.value()));
        String before = incident.toJson();
        if (close) {
            incident.close();
        } else {
            incident.reopen();
        }
        audit.record(new AuditedChange(close ? "intake.incident.closed" : "intake.incident.reopened", "incident",
                id.toString(), before, incident.toJson()));
    }

    /**
     * How many repeat calls each order received in {@code [from, to)} drew (orders without any are
     * left out). For supervision's figures, which run as the platform, without a caller.
     */
    public java.util.Map<Long, Integer> repeatCounts(@NotNull Instant from, @NotNull Instant to) {
        return repository.repeatCounts(from, to);
    }

    /**
     * How many repeat calls each of these orders drew (orders without any are left out), as {@link
     * #repeatCounts}: for a page of the queue and for supervision's facts of one order.
     */
    public java.util.Map<Long, Integer> repeatCountsOf(@NotNull java.util.Collection<Long> orders) {
        return orders.isEmpty() ? java.util.Map.of() : repository.repeatCountsOf(orders);
    }

    /**
     * Clusters of at least {@code threshold} orders (never drills, never repeat calls) received in
     * {@code [from, to)} about the same item at the same place or in the same grid. For
     * supervision's class warnings, which run as the platform.
     */
    public List<Cluster> clusters(@NotNull Instant from, @NotNull Instant to, int threshold) {
        return repository.clusters(from, to, threshold);
    }
}

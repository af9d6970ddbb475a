package org.linkage110.intake;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.Role;
import org.linkage110.domain.event.IncidentRecorded;
import org.linkage110.intake.internal.Incident;
import org.linkage110.intake.internal.IncidentRepository;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;

/** Use cases of intake: record an incident, read incidents. */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.UNIT_OPERATOR, Role.Names.SUPERVISOR, Role.Names.ADMIN,
        Role.Names.AGENCY})
public class Incidents {

    @Inject
    IncidentRepository repository;

    @Inject
    AuditTrail audit;

    @Inject
    Event<IncidentRecorded> recorded;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.AGENCY, Role.Names.ADMIN})
    public IncidentId record(@NotNull @Valid NewIncident incoming) {
        Incident incident = repository.add(Incident.from(incoming, clock.instant()));
        audit.record(AuditedChange.created("intake.incident.recorded", "incident", incident.id(), incident.toJson()));
        IncidentId id = new IncidentId(incident.id());
        recorded.fire(new IncidentRecorded(id, incident.source(), incident.receivedAt()));
        return id;
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN, Role.Names.AGENCY})
    public Optional<IncidentSummary> find(@NotNull IncidentId id) {
        return repository.find(id.value()).map(Incident::toSummary);
    }

    /** Newest first. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<IncidentSummary> list(@Min(0) int first, @Min(1) @Max(500) int max) {
        return repository.newestFirst(first, max).stream().map(Incident::toSummary).toList();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public long count() {
        return repository.count();
    }
}

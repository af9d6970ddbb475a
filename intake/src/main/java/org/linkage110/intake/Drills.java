package org.linkage110.intake;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.linkage110.domain.IncidentId;
import org.linkage110.domain.Role;
import org.linkage110.intake.internal.DrillMarker;
import org.linkage110.intake.internal.IntakeDesk;

/**
 * Simulated alerts (模拟报警临检): only a supervisor creates one or learns that an incident is one.
 * The drill enters intake like a real incident; its marker is kept where no incident read, unit
 * page or agency API looks.
 */
@Stateless
@RolesAllowed(Role.Names.SUPERVISOR)
public class Drills {

    @Inject
    IntakeDesk desk;

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Resource
    SessionContext session;

    /** A drill entered in the intake form: checked like a call taken there (required answers included). */
    public IntakeReceipt plan(@NotNull @Valid NewIncident scenarioIncident, @NotBlank @Size(max = 500) String scenario) {
        return desk.create(scenarioIncident, true, session.getCallerPrincipal().getName(), scenario);
    }

    /**
     * A drill arriving as the platform it names would deliver it: inquiry answers checked when
     * given, not required (supervision's spot checks).
     */
    public IntakeReceipt planAsDelivered(@NotNull @Valid NewIncident scenarioIncident,
                                         @NotBlank @Size(max = 500) String scenario) {
        return desk.create(scenarioIncident, false, session.getCallerPrincipal().getName(), scenario);
    }

    /** The drill scenario of an incident, if it is a drill. */
    public Optional<String> scenarioOf(@NotNull IncidentId incident) {
        return Optional.ofNullable(em.find(DrillMarker.class, incident.value())).map(DrillMarker::scenario);
    }
}

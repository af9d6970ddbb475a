package org.linkage110.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.linkage110.domain.Role;
import org.linkage110.intake.Incidents;
import org.linkage110.routing.LinkageUnits;

/** What the office sees first: how many incidents it holds and the units it can dispatch to. */
@Stateless
public class Overview {

    @Inject
    Incidents incidents;

    @Inject
    LinkageUnits units;

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public OverviewFigures current() {
        return new OverviewFigures(incidents.count(), units.countByTier());
    }
}

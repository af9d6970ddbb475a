package org.linkage110.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.linkage110.domain.Role;
import org.linkage110.intake.internal.IdempotentDelivery;
import org.linkage110.intake.internal.PoliceMatterDesk;

/**
 * Police business that reached 12345 (001, 004): recorded and forwarded to 110 at once. Idempotent
 * per external number, like incidents.
 */
@Stateless
public class PoliceMatters {

    @Inject
    PoliceMatterDesk desk;

    @RolesAllowed(Role.Names.AGENCY)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PoliceMatterReceipt receive(@NotNull @Valid NewPoliceMatter matter) {
        return IdempotentDelivery.receive(() -> desk.earlier(matter), () -> desk.record(matter));
    }
}

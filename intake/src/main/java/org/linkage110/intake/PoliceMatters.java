package org.linkage110.intake;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.Role;
import org.linkage110.intake.internal.IdempotentDelivery;
import org.linkage110.intake.internal.PoliceMatterDesk;

/**
 * Police business that reached 12345 (001, 004): recorded and forwarded to 110 at once. Idempotent
 * per external number, like incidents. 110 answers each with its feedback, which goes back to 12345.
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

    /** 110's feedback on a matter (once); sent on to 12345. {@code by} is the calling client. */
    @RolesAllowed(Role.Names.AGENCY)
    public PoliceMatterView feedback(long id, @NotBlank @Size(max = 2000) String text, String by) {
        return desk.feedback(id, text.strip(), by);
    }

    /**
     * Marks the matters whose feedback deadline passed by {@code now} without 110's feedback and warns
     * the office of each, once (the watch runs it; tests at instants of their choosing). The number marked.
     */
    @PermitAll
    public int warnOverdue(@NotNull Instant now) {
        return desk.warnOverdue(now, 200);
    }

    /** One matter, if there is one. */
    @RolesAllowed({Role.Names.AGENCY, Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
    public Optional<PoliceMatterView> find(long id) {
        return desk.find(id);
    }

    /** The latest matters ({@code source} null: of every source), newest first. */
    @RolesAllowed({Role.Names.AGENCY, Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
    public List<PoliceMatterView> latest(IncidentSource source, int max) {
        return desk.latest(source, Math.max(1, Math.min(max, 500)));
    }
}

package org.linkage110.supervision.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.Optional;
import org.linkage110.platform.AccountView;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.AuditTrail;

/** Who the caller is for supervision: their name, and the unit a unit operator works for. */
@Stateless
public class Callers {

    @Inject
    Accounts accounts;

    public String name(Principal principal) {
        return principal == null || principal.getName() == null || "ANONYMOUS".equals(principal.getName())
                ? AuditTrail.SYSTEM : principal.getName();
    }

    public Optional<String> unitOf(Principal principal) {
        return principal == null ? Optional.empty()
                : accounts.account(principal.getName()).map(AccountView::unitCode);
    }
}

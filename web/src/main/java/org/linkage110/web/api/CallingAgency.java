package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import java.util.Map;
import java.util.Optional;
import org.linkage110.domain.IncidentSource;
import org.linkage110.platform.Accounts;
import org.linkage110.platform.ApiClientView;

/** Which agency the authenticated API client of this request speaks for. */
@RequestScoped
public class CallingAgency {

    private static final Map<String, IncidentSource> SOURCE_OF_AGENCY = Map.of(
            "110", IncidentSource.PLATFORM_110,
            "12345", IncidentSource.HOTLINE_12345);

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<ApiClientView> client;

    /** The calling client as the administrator set it up, read once per request. */
    public Optional<ApiClientView> client() {
        if (client == null) {
            client = Optional.ofNullable(security.getCallerPrincipal())
                    .filter(caller -> security.isCallerInRole(org.linkage110.domain.Role.Names.AGENCY))
                    .flatMap(caller -> accounts.apiClient(caller.getName()));
        }
        return client;
    }

    public Optional<String> agency() {
        return client().map(ApiClientView::agency);
    }

    /** The platform this client delivers incidents for; only 110 and 12345 do. */
    public IncidentSource incidentSource() {
        return agency().map(SOURCE_OF_AGENCY::get)
                .orElseThrow(() -> new ForbiddenException("this agency does not send incidents"));
    }

    /** Refuses the call unless the client speaks for this agency. */
    public void require(String agency, String why) {
        if (!agency().filter(agency::equals).isPresent()) {
            throw new ForbiddenException(why);
        }
    }
}

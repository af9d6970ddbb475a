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
import org.linkage110.web.security.SignInAttempt;

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

    @Inject
    SignInAttempt attempt;

    /**
     * The calling client as the administrator set it up: as its key's check read it in this
     * request, or read once more when another credential made the caller an agency.
     */
    public Optional<ApiClientView> client() {
        if (client == null) {
            client = Optional.ofNullable(security.getCallerPrincipal())
                    .filter(caller -> security.isCallerInRole(org.linkage110.domain.Role.Names.AGENCY))
                    .flatMap(caller -> attempt.apiClient().filter(verified -> verified.clientId().equals(caller.getName()))
                            .or(() -> accounts.apiClient(caller.getName())));
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

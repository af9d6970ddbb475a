package org.linkage110.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.linkage110.platform.AuditChainReport;
import org.linkage110.platform.AuditVerification;
import org.linkage110.platform.Jsons;

/** The audit trail's hash chain checked end to end, for administrators and bin/verify-audit. */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditVerification verification;

    @GET
    @Path("verify")
    @Operation(summary = "Walk the audit chain and report the first broken link (ADMIN)",
            description = "Seals what waits, then walks. checked: seals checked from startId to lastId (where the chain's "
                    + "head says it ends); ok; firstBrokenId (an event's id) and problem (what differs) when a link does not "
                    + "hold; waiting: events committed while it walked, sealed next.")
    public JsonObject verify() {
        AuditChainReport report = verification.verify();
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("checked", report.checked()).add("ok", report.ok())
                .add("startId", report.startId()).add("lastId", report.lastId()).add("waiting", report.waiting());
        if (report.firstBrokenId() == null) {
            json.addNull("firstBrokenId");
        } else {
            json.add("firstBrokenId", report.firstBrokenId()).add("problem", report.problem());
        }
        return json.build();
    }
}

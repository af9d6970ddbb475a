package org.linkage110.web.open311;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.linkage110.platform.ApiCall;
import org.linkage110.web.api.AllowedCall;
import org.linkage110.web.api.Problem;
import org.linkage110.web.api.ProblemMappers;

/**
 * Open311 GeoReport v2 (with FixMyStreet's update feed). Published at {@code /open311/v2/}; the
 * format is the path's extension, {@code .json} or {@code .xml}. Reading services needs no key;
 * requests are a channel's own (an API client of agency {@code OPEN311}, key in {@code api_key}
 * or {@code X-API-Key}). Errors are Open311's list of code and description, not problem+json,
 * since Open311 clients read that.
 */
@Path("open311/v2")
@RequestScoped
@AllowedCall(ApiCall.INCIDENTS)
@Tag(name = "Open311", description = "GeoReport v2 at /open311/v2/ (JSON and XML)")
public class Open311Resource {

    private static final String FORMAT = "{format: json|xml}";

    @Inject
    Open311Services services;

    @Inject
    Open311Requests requests;

    @Context
    HttpServletRequest request;

    @GET
    @Path("services." + FORMAT)
    @Operation(summary = "Open311: the service list (taxonomy items grouped by category)")
    public Response serviceList(@PathParam("format") String format) {
        return answer(format, () -> services.list().toResponse(format, 200));
    }

    @GET
    @Path("services/{code}." + FORMAT)
    @Operation(summary = "Open311: a service definition (the item's inquiry elements as attributes)")
    public Response definition(@PathParam("code") String code, @PathParam("format") String format) {
        return answer(format, () -> services.definition(code)
                .map(d -> d.toResponse(format, 200))
                .orElseGet(() -> Open311Document.error(format, 404, "no service " + code)));
    }

    @POST
    @Path("requests." + FORMAT)
    @jakarta.ws.rs.Consumes("application/x-www-form-urlencoded")
    @Operation(summary = "Open311: report a problem (form fields of GeoReport v2; api_key of the channel)",
            description = "Becomes an incident through intake, idempotent under an Idempotency-Key header.")
    public Response create(@PathParam("format") String format, @HeaderParam("Idempotency-Key") String key) {
        // the form as the servlet parsed it: the authentication read api_key from it already
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        request.getParameterMap().forEach((name, values) -> form.addAll(name, values));
        return answer(format, () -> {
            Open311Requests.Posted posted = requests.create(form, key);
            return posted.document().toResponse(format, posted.created() ? 201 : 200);
        });
    }

    @GET
    @Path("requests." + FORMAT)
    @Operation(summary = "Open311: the channel's requests by ids, service, status and date range (90 days, 1000 at most)")
    public Response search(@PathParam("format") String format, @QueryParam("service_request_id") String ids,
                           @QueryParam("service_code") String serviceCode, @QueryParam("status") String status,
                           @QueryParam("start_date") String start, @QueryParam("end_date") String end) {
        return answer(format, () -> requests.search(ids, serviceCode, status, start, end).toResponse(format, 200));
    }

    @GET
    @Path("requests/{id}." + FORMAT)
    @Operation(summary = "Open311: one of the channel's requests")
    public Response request(@PathParam("id") String id, @PathParam("format") String format) {
        return answer(format, () -> requests.one(id).map(d -> d.toResponse(format, 200))
                .orElseGet(() -> Open311Document.error(format, 404, "no service request " + id)));
    }

    @GET
    @Path("tokens/{token}." + FORMAT)
    @Operation(summary = "Open311: the request a token (the Idempotency-Key it was posted with) became")
    public Response token(@PathParam("token") String token, @PathParam("format") String format) {
        return answer(format, () -> requests.token(token).map(d -> d.toResponse(format, 200))
                .orElseGet(() -> Open311Document.error(format, 404, "no request for token " + token)));
    }

    @GET
    @Path("servicerequestupdates." + FORMAT)
    @Operation(summary = "Open311 (FixMyStreet's extension): status changes of the channel's requests after start_date")
    public Response updates(@PathParam("format") String format, @QueryParam("start_date") String start,
                            @QueryParam("end_date") String end) {
        return answer(format, () -> requests.updates(start, end).toResponse(format, 200));
    }

    /** Runs the call; whatever it throws is answered as Open311's error list with the status the API would give. */
    private static Response answer(String format, Supplier<Response> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            Problem problem = ProblemMappers.problemFor(e);
            String detail = problem.detail() + (problem.errors().isEmpty() ? "" : " " + String.join("; ",
                    problem.errors().stream().map(f -> f.field() + ": " + f.message()).toList()));
            return Open311Document.error(format, problem.status(), detail);
        }
    }

    static List<String> csv(String value) {
        return value == null || value.isBlank() ? List.of()
                : List.of(value.split(",")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

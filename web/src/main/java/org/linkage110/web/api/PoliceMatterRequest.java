package org.linkage110.web.api;

/** Body of {@code POST /api/v1/police-matters}: kind is REPORT, EMERGENCY_HELP or POLICE_COMPLAINT. */
public record PoliceMatterRequest(String externalNumber, String kind, Boolean emergency, String receivedAt,
                                  String callerName, String callerPhone, String address, String description) {
}

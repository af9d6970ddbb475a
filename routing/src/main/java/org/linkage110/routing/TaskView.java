package org.linkage110.routing;

import java.time.Instant;

/** The call as a handling unit is sent it: when, who called, where, what it is about. */
public record TaskView(Instant receivedAt, String callerName, String callerPhone, String address, String itemCode,
                       String description) implements java.io.Serializable {
}

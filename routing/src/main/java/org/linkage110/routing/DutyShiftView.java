package org.linkage110.routing;

import java.time.Instant;

/** One person of a unit on duty (值班) from one moment to another, and how to reach them. */
public record DutyShiftView(long id, String unitCode, String personName, String phone, String duty, Instant startsAt,
                            Instant endsAt, String createdBy) implements java.io.Serializable {
}

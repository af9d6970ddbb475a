package org.linkage110.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.linkage110.domain.FieldLimits;
import org.linkage110.domain.IncidentSource;

/** A matter 12345 received that is police business: a report, an emergency, a complaint about police. */
public record NewPoliceMatter(
        @NotNull IncidentSource source,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String externalNumber,
        @NotNull Kind kind,
        boolean emergency,
        @NotNull Instant receivedAt,
        @Size(max = 100) String callerName,
        @Pattern(regexp = "\\+?[0-9][0-9-]{4,19}") String callerPhone,
        @NotBlank @Size(max = FieldLimits.ADDRESS) String address,
        @NotBlank @Size(max = FieldLimits.DESCRIPTION) String description) implements java.io.Serializable {

    public enum Kind {
        /** 报警 */
        REPORT,
        /** 紧急求助 */
        EMERGENCY_HELP,
        /** 涉警投诉 */
        POLICE_COMPLAINT
    }
}

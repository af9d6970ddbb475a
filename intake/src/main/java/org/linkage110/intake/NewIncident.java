package org.linkage110.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.linkage110.domain.IncidentSource;

/**
 * An incident as it arrives. The external number is the sender's own (110's 警情编号); a portal
 * entry has none.
 */
public record NewIncident(
        @NotNull IncidentSource source,
        @Size(max = 64) String externalNumber,
        @NotNull Instant receivedAt,
        @Size(max = 100) String callerName,
        @Pattern(regexp = "\\+?[0-9][0-9-]{4,19}") String callerPhone,
        @NotBlank @Size(max = 500) String address,
        @NotBlank @Size(max = 4000) String description,
        @Pattern(regexp = "C\\d{2}(-\\d{2})?") String categoryCode) {
}

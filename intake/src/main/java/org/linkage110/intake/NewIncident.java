package org.linkage110.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import org.linkage110.domain.FieldLimits;
import org.linkage110.domain.IncidentSource;

/**
 * An incident as it arrives. The external number is the sender's own (110's 警情编号) and is
 * required from the 110 and 12345 platforms; a portal entry has none. The grid is given only when
 * the sender knows it. Inquiry answers are keyed by the inquiry element's code.
 */
public record NewIncident(
        @NotNull IncidentSource source,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]*") String externalNumber,
        @NotNull Instant receivedAt,
        @Size(max = 100) String callerName,
        @Pattern(regexp = "\\+?[0-9][0-9-]{4,19}") String callerPhone,
        @NotBlank @Size(max = FieldLimits.ADDRESS) String address,
        @Size(max = 50) String gridCode,
        @NotBlank @Size(max = FieldLimits.DESCRIPTION) String description,
        @Pattern(regexp = "C\\d{2}-\\d{2}") String categoryCode,
        @NotNull IncidentFlags flags,
        @NotNull Map<@NotBlank @Size(max = 40) String, @Size(max = 500) String> inquiryAnswers) implements java.io.Serializable {

    public NewIncident {
        // a question sent without an answer (null) is a question not answered: the required ones are then refused
        inquiryAnswers = inquiryAnswers == null ? null : inquiryAnswers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getValue() != null)
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A delivery from another platform with no flags and no inquiry answers. */
    public static NewIncident basic(IncidentSource source, String externalNumber, Instant receivedAt, String callerName,
                                    String callerPhone, String address, String description, String categoryCode) {
        return new NewIncident(source, externalNumber, receivedAt, callerName, callerPhone, address, null, description,
                categoryCode, IncidentFlags.NONE, Map.of());
    }
}

package org.linkage110.routing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A shift to put on a unit's duty roster. */
public record NewDutyShift(@NotBlank @Size(max = 60) String personName,
                           @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9+() -]{3,40}",
                                   message = "digits, spaces, '+', '-', '(' or ')'") String phone,
                           @Size(max = 60) String duty,
                           @NotNull Instant startsAt,
                           @NotNull Instant endsAt) implements java.io.Serializable {
}

package org.linkage110.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** A client the administrator creates: its id, the agency or unit it speaks for, its calls (defaults by agency). */
public record NewApiClient(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9_-]{2,59}",
                message = "3 to 60 characters: lower-case letters, digits, '_' or '-' (no '.')") String clientId,
        @NotBlank @Size(max = 40) String agency,
        @NotBlank @Size(max = 100) String nameZh,
        Set<ApiCall> allowedCalls) implements java.io.Serializable {
}

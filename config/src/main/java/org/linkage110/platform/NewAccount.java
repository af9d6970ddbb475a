package org.linkage110.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.linkage110.domain.Role;

/** An account the administrator creates or redescribes: unit operators and unit heads name their unit. */
public record NewAccount(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,59}",
                message = "3 to 60 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit")
        String username,
        @NotBlank @Size(max = 100) String displayNameZh,
        @Size(max = 150) String displayNameEn,
        @NotEmpty Set<Role> roles,
        @Size(max = 40) String unitCode) implements java.io.Serializable {
}

package org.linkage110.intake;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The sender delivered an external number it had already delivered, with different content. The
 * first delivery stands; nothing was changed.
 */
@ApplicationException(rollback = true)
public class ConflictingRedeliveryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long existingId;
    private final transient List<String> differingFields;

    public ConflictingRedeliveryException(String externalNumber, long existingId, List<String> differingFields) {
        super("external number " + externalNumber + " was received before as incident " + existingId
                + " with other " + String.join(", ", differingFields));
        this.existingId = existingId;
        this.differingFields = List.copyOf(differingFields);
    }

    public long existingId() {
        return existingId;
    }

    public List<String> differingFields() {
        return differingFields;
    }
}

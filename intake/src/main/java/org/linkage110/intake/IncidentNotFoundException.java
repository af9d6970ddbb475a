package org.linkage110.intake;

import jakarta.ejb.ApplicationException;

/** Asked for an incident that does not exist (or that the caller may not see). */
@ApplicationException(rollback = true)
public class IncidentNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IncidentNotFoundException(long id) {
        super("no incident " + id);
    }
}

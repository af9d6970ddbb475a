package org.linkage110.platform;

import jakarta.ejb.ApplicationException;

/** No such account or client (answered as 404). */
@ApplicationException(rollback = true)
public class NotFoundInPlatformException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundInPlatformException(String what, Object id) {
        super("no " + what + " " + id);
    }
}

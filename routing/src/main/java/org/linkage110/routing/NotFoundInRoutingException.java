package org.linkage110.routing;

import jakarta.ejb.ApplicationException;

/** No such order or instruction, or none the caller may see: the two are never told apart. */
@ApplicationException(rollback = true)
public class NotFoundInRoutingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundInRoutingException(String what, long id) {
        super("no " + what + " " + id);
    }

    public NotFoundInRoutingException(String what, String code) {
        super("no " + what + " " + code);
    }
}

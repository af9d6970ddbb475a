package org.linkage110.web.portal;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;

/** Runs a routing use case from a page and turns a refusal into messages; true when it went through. */
@RequestScoped
public class RoutingFeedback {

    @Inject
    Messages messages;

    public boolean attempt(Runnable useCase) {
        try {
            useCase.run();
            return true;
        } catch (RoutingRefusedException refused) {
            refused.problems().forEach(p -> messages.errorText(messages.text("field." + p.field(), p.field()) + "："
                    + p.message()));
        } catch (IllegalMoveException move) {
            messages.error(move.stale() ? "routing.stale" : "routing.illegal");
            messages.errorText(move.getMessage());
        } catch (NotFoundInRoutingException notFound) {
            messages.error("routing.notFound");
        } catch (EJBAccessException | AccessLocalException denied) {
            messages.error("routing.forbidden");
        } catch (EJBException failed) {
            if (failed.getCause() instanceof jakarta.persistence.OptimisticLockException) {
                messages.error("routing.stale");
            } else {
                throw failed;
            }
        }
        return false;
    }
}

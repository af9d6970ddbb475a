package org.linkage110.web.portal;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.linkage110.platform.ChangeRefusedException;
import org.linkage110.platform.NotFoundInPlatformException;
import org.linkage110.platform.StaleVersionException;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;

/**
 * Runs a use case from a page (routing's, or the platform's administration) and turns a refusal
 * into messages in the user's language; true when it went through.
 */
@RequestScoped
public class RoutingFeedback {

    @Inject
    Messages messages;

    public boolean attempt(Runnable useCase) {
        return attempt(useCase, java.util.Map.of());
    }

    /**
     * As {@link #attempt(Runnable)}, with each refused field that the page shows (field name to the
     * client id of its input) named beside that input as well as in the summary.
     */
    public boolean attempt(Runnable useCase, java.util.Map<String, String> fields) {
        try {
            useCase.run();
            return true;
        } catch (RoutingRefusedException refused) {
            refused.problems().forEach(p -> messages.errorFor(fields.get(p.field()),
                    messages.text("field." + p.field(), p.field()) + messages.separator() + messages.problem(p)));
        } catch (ChangeRefusedException refused) {
            refused.refusals().forEach(r -> messages.errorText(messages.text("field." + r.field(), r.field())
                    + messages.separator() + messages.text("refused." + r.code(), messages.problem(r.message()))));
        } catch (NotFoundInPlatformException notFound) {
            messages.error("routing.notFound");
        } catch (StaleVersionException stale) {
            messages.error("routing.stale");
        } catch (IllegalMoveException move) {
            messages.error(move.stale() ? "routing.stale" : "routing.illegal");
            String detail = messages.moveDetail(move.getMessage());
            if (detail != null) {
                messages.errorText(detail);
            }
        } catch (NotFoundInRoutingException notFound) {
            messages.error("routing.notFound");
        } catch (EJBAccessException | AccessLocalException denied) {
            messages.error("routing.forbidden");
        } catch (EJBException failed) {
            if (failed.getCause() instanceof jakarta.validation.ConstraintViolationException violations) {
                violations.getConstraintViolations().forEach(v -> messages.errorText(messages.violation(v,
                        messages.text("field." + v.getPropertyPath().toString().replaceAll(".*\\.", ""),
                                v.getPropertyPath().toString().replaceAll(".*\\.", "")))));
            } else if (failed.getCause() instanceof jakarta.persistence.OptimisticLockException
                    || org.linkage110.web.api.ProblemMappers.lostToAnotherChange(failed)) {
                messages.error("routing.stale");
            } else {
                throw failed;
            }
        }
        return false;
    }
}

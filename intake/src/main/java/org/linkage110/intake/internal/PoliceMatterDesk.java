package org.linkage110.intake.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.linkage110.intake.ConflictingRedeliveryException;
import org.linkage110.intake.NewPoliceMatter;
import org.linkage110.intake.PoliceMatterReceipt;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.Outbox;

/** Records a police matter and, in the same transaction, the message that forwards it to 110. */
@Stateless
public class PoliceMatterDesk {

    @PersistenceContext(unitName = "intake")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public Optional<PoliceMatterReceipt> earlier(NewPoliceMatter in) {
        return em.createNamedQuery(PoliceMatter.BY_EXTERNAL_NUMBER, PoliceMatter.class)
                .setParameter("source", in.source())
                .setParameter("number", in.externalNumber())
                .getResultStream()
                .findFirst()
                .map(matter -> {
                    List<String> differing = matter.differencesFrom(in);
                    if (!differing.isEmpty()) {
                        throw new ConflictingRedeliveryException(in.externalNumber(), matter.id(), differing);
                    }
                    return matter.receipt(true);
                });
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PoliceMatterReceipt record(NewPoliceMatter in) {
        PoliceMatter matter = new PoliceMatter(in, clock.instant());
        em.persist(matter);
        em.flush();
        String json = matter.toJson();
        audit.record(AuditedChange.created("intake.police-matter.recorded", "police-matter", matter.id(), json));
        outbox.enqueue(Outbox.PLATFORM_110, "police-matters", "police-matter-" + matter.id(), json);
        return matter.receipt(false);
    }
}

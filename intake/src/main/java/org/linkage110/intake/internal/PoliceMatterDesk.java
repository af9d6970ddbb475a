package org.linkage110.intake.internal;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.linkage110.domain.IncidentSource;
import org.linkage110.domain.event.PoliceFeedbackOverdue;
import org.linkage110.intake.ConflictingRedeliveryException;
import org.linkage110.intake.NewPoliceMatter;
import org.linkage110.intake.PoliceMatterReceipt;
import org.linkage110.intake.PoliceMatterView;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.Outbox;
import org.linkage110.platform.PlatformRefusedException;

/**
 * Records a police matter and, in the same transaction, the message that forwards it to 110; records
 * 110's feedback and sends it on to 12345; marks the ones whose feedback is overdue.
 */
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

    @Inject
    Event<PoliceFeedbackOverdue> overdueEvents;

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

    /** 110's feedback, recorded once, audited, and sent on to 12345 in the same transaction. */
    public PoliceMatterView feedback(long id, String text, String by) {
        PoliceMatter matter = em.find(PoliceMatter.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (matter == null) {
            throw PlatformRefusedException.notFound("police matter " + id);
        }
        matter.giveFeedback(text, by, clock.instant());
        em.flush();
        String json = matter.feedbackJson();
        audit.record(AuditedChange.created("intake.police-matter.fed-back", "police-matter", id, json));
        outbox.enqueue(Outbox.HOTLINE_12345, "police-matter-feedback", "police-matter-feedback-" + id, json);
        return matter.view();
    }

    public Optional<PoliceMatterView> find(long id) {
        return Optional.ofNullable(em.find(PoliceMatter.class, id)).map(PoliceMatter::view);
    }

    /** The latest matters, all of them or those of one source. */
    public List<PoliceMatterView> latest(IncidentSource source, int max) {
        var query = source == null ? em.createNamedQuery(PoliceMatter.LATEST, PoliceMatter.class)
                : em.createNamedQuery(PoliceMatter.LATEST_OF_SOURCE, PoliceMatter.class).setParameter("source", source);
        return query.setMaxResults(max).getResultStream().map(PoliceMatter::view).toList();
    }

    /**
     * Marks every matter whose feedback deadline passed by {@code now} without feedback, once, and
     * tells whoever observes it (the office); the number marked.
     */
    public int warnOverdue(Instant now, int max) {
        List<PoliceMatter> overdue = em.createNamedQuery(PoliceMatter.OVERDUE, PoliceMatter.class)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(max)
                .getResultList();
        for (PoliceMatter matter : overdue) {
            matter.warnedOverdue(now);
            audit.record(AuditedChange.created("intake.police-matter.feedback-overdue", "police-matter", matter.id(),
                    Jsons.createObjectBuilder().add("feedbackDueAt", matter.feedbackDueAt().toString()).build()
                            .toString()));
            overdueEvents.fire(new PoliceFeedbackOverdue(matter.id(), matter.externalNumber(), matter.feedbackDueAt()));
        }
        em.flush();
        return overdue.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public PoliceMatterReceipt record(NewPoliceMatter in) {
        if (!DeliveryClaim.take(em, DeliveryClaim.POLICE_MATTER, in.source().name(), in.externalNumber())) {
            return null; // a concurrent delivery of this number recorded it: IdempotentDelivery answers from it
        }
        PoliceMatter matter = new PoliceMatter(in, clock.instant());
        em.persist(matter);
        em.flush();
        String json = matter.toJson();
        audit.record(AuditedChange.created("intake.police-matter.recorded", "police-matter", matter.id(), json));
        outbox.enqueue(Outbox.PLATFORM_110, "police-matters", "police-matter-" + matter.id(), json);
        return matter.receipt(false);
    }
}

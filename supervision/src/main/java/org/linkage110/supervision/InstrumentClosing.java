package org.linkage110.supervision;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.JobLeases;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.Instrument;
import org.linkage110.supervision.internal.InstrumentRecipient;
import org.linkage110.supervision.internal.Notification;
import org.linkage110.supervision.internal.NotificationDesk;
import org.linkage110.supervision.internal.TimeLimitedClosing;

/**
 * The office closes an instrument unit by unit (限时销号): it accepts a unit's answer, or refuses it
 * with the reason so that the unit answers again; instruments with a unit still open past the
 * closing deadline are listed, and each such unit is escalated once, to the office and to the unit.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.ADMIN})
public class InstrumentClosing {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    Instruments instruments;

    @Inject
    NotificationDesk notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.watch.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    SessionContext session;

    /** The office accepts the unit's answer: the unit's part is closed (销号). */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public RecipientView accept(long instrumentId, String unitCode) {
        InstrumentRecipient recipient = locked(instrumentId, unitCode);
        String before = recipient.toJson();
        TimeLimitedClosing.accept(recipient, callers.name(session.getCallerPrincipal()), clock.instant());
        Instrument instrument = em.find(Instrument.class, instrumentId);
        notifications.raise(unitCode, "INSTRUMENT_CLOSED", instrument.incidentId(), instrumentId,
                instrument.label() + "《" + instrument.title() + "》的反馈已通过，予以销号",
                "INSTRUMENT_CLOSED:" + instrumentId + ":" + unitCode);
        audit.record(new AuditedChange("supervision.instrument.closed", "instrument", String.valueOf(instrumentId),
                before, recipient.toJson()));
        em.flush();
        return recipient.toView();
    }

    /** The office refuses the unit's answer with the reason: the unit answers again. */
    @RolesAllowed(Role.Names.SUPERVISOR)
    public RecipientView refuse(long instrumentId, String unitCode, String reason) {
        InstrumentRecipient recipient = locked(instrumentId, unitCode);
        String before = recipient.toJson();
        TimeLimitedClosing.refuse(recipient, reason);
        Instrument instrument = em.find(Instrument.class, instrumentId);
        notifications.raise(unitCode, "INSTRUMENT_REFUSED", instrument.incidentId(), instrumentId,
                instrument.label() + "《" + instrument.title() + "》的反馈未通过，请重新反馈：" + reason.strip(),
                "INSTRUMENT_REFUSED:" + instrumentId + ":" + unitCode + ":" + clock.instant());
        audit.record(new AuditedChange("supervision.instrument.answer-refused", "instrument",
                String.valueOf(instrumentId), before, recipient.toJson()));
        em.flush();
        return recipient.toView();
    }

    /** Instruments with a unit still open past the closing deadline, newest first. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.ADMIN})
    public List<InstrumentView> overdue() {
        return instruments.byIds(em.createNamedQuery(InstrumentRecipient.NOT_CLOSED_PAST, Long.class)
                .setParameter("now", clock.instant()).setMaxResults(500).getResultList());
    }

    /** Each unit still open past its instrument's closing deadline is escalated once; how many were. */
    @PermitAll
    public int escalateOverdue(Instant now) {
        List<InstrumentRecipient> open = em.createNamedQuery(InstrumentRecipient.CLOSING_OVERDUE,
                InstrumentRecipient.class).setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        for (InstrumentRecipient recipient : open) {
            String before = recipient.toJson();
            recipient.closeEscalated(now);
            Instrument instrument = em.find(Instrument.class, recipient.instrumentId());
            String text = recipient.unitCode() + " 的" + instrument.label() + "《" + instrument.title()
                    + "》超过销号时限仍未销号";
            String key = "INSTRUMENT_CLOSE_OVERDUE:" + instrument.id() + ":" + recipient.unitCode();
            notifications.raise(Notification.OFFICE, "INSTRUMENT_CLOSE_OVERDUE", instrument.incidentId(),
                    instrument.id(), text, key + ":" + Notification.OFFICE);
            notifications.raise(recipient.unitCode(), "INSTRUMENT_CLOSE_OVERDUE", instrument.incidentId(),
                    instrument.id(), text, key);
            audit.record(new AuditedChange("supervision.instrument.close-escalated", "instrument",
                    String.valueOf(instrument.id()), before, recipient.toJson()));
        }
        em.flush();
        return open.size();
    }

    @Inject
    JobLeases leases;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "instruments past their closing deadline")
    public void scheduled() {
        if (enabled && leases.take("instrument-closing", Duration.ofMinutes(2))) {
            escalateOverdue(clock.instant());
        }
    }

    private InstrumentRecipient locked(long instrumentId, String unitCode) {
        InstrumentRecipient.Key key = new InstrumentRecipient.Key();
        key.instrumentId = instrumentId;
        key.unitCode = unitCode;
        InstrumentRecipient recipient = unitCode == null ? null
                : em.find(InstrumentRecipient.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (recipient == null) {
            throw new NotFoundInRoutingException("instrument", instrumentId);
        }
        return recipient;
    }
}

package org.linkage110.supervision;

import org.linkage110.intake.CommonProblem;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.linkage110.domain.Role;
import org.linkage110.intake.FieldProblem;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.JobLeases;
import org.linkage110.routing.IllegalMoveException;
import org.linkage110.routing.LinkageUnitView;
import org.linkage110.routing.LinkageUnits;
import org.linkage110.routing.NotFoundInRoutingException;
import org.linkage110.routing.RoutingRefusedException;
import org.linkage110.supervision.internal.Callers;
import org.linkage110.supervision.internal.Instrument;
import org.linkage110.supervision.internal.InstrumentPdf;
import org.linkage110.supervision.internal.InstrumentRecipient;
import org.linkage110.supervision.internal.Notification;
import org.linkage110.supervision.internal.NotificationDesk;
import org.linkage110.supervision.internal.TimeLimitedClosing;

/**
 * The office's instruments (002): a SUPERVISOR issues a warning notice, supervision order or
 * bulletin to units with a deadline for their answer; it is numbered per kind and year; each
 * addressed unit acknowledges and answers; an answer not in by the deadline is escalated to the
 * office. Every instrument renders as a printable PDF in Chinese.
 */
@Stateless
@DeclareRoles({Role.Names.SUPERVISOR, Role.Names.UNIT_OPERATOR, Role.Names.UNIT_HEAD, Role.Names.DISPATCHER, Role.Names.ADMIN})
public class Instruments {

    @PersistenceContext(unitName = "supervision")
    EntityManager em;

    @Inject
    LinkageUnits units;

    @Inject
    NotificationDesk notifications;

    @Inject
    AuditTrail audit;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.pdf.font")
    String font;

    /** 限时销号: how long after the answer is due the instrument is to be closed. */
    @Inject
    @ConfigProperty(name = "app.instrument.close-after", defaultValue = "P7D")
    Duration closeAfter;

    @Resource
    SessionContext session;

    @RolesAllowed(Role.Names.SUPERVISOR)
    public InstrumentView issue(InstrumentKind kind, String title, String body, List<String> unitCodes, Instant answerDue,
                                Long incidentId) {
        Instant now = clock.instant();
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(CommonProblem.REQUIRED.at("kind"));
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(CommonProblem.REQUIRED_UP_TO.at("title", 200));
        }
        if (body == null || body.isBlank() || body.length() > 10_000) {
            problems.add(CommonProblem.REQUIRED_UP_TO.at("body", "10,000"));
        }
        Set<String> known = units.all().stream().map(LinkageUnitView::code).collect(Collectors.toSet());
        Set<String> addressed = new LinkedHashSet<>(unitCodes == null ? List.of() : unitCodes);
        if (addressed.isEmpty()) {
            problems.add(SupervisionProblem.AT_LEAST_ONE_UNIT.at("units"));
        }
        addressed.stream().filter(code -> !known.contains(code))
                .forEach(code -> problems.add(CommonProblem.NO_UNIT.at("units", code)));
        if (answerDue == null || !answerDue.isAfter(now)) {
            problems.add(SupervisionProblem.FUTURE_DUE.at("answerDue"));
        }
        if (!problems.isEmpty()) {
            throw new RoutingRefusedException(problems);
        }
        int year = now.atZone(clock.getZone()).getYear();
        Instrument instrument = new Instrument(kind, year, nextNumber(kind, year), title.strip(), body.strip(), incidentId,
                callers.name(session.getCallerPrincipal()), now, answerDue,
                TimeLimitedClosing.closeDue(answerDue, closeAfter));
        em.persist(instrument);
        em.flush();
        for (String unit : addressed) {
            em.persist(new InstrumentRecipient(instrument.id(), unit));
            notifications.raise(unit, kind.name(), incidentId, instrument.id(),
                    "收到" + instrument.label() + "《" + instrument.title() + "》，请签收并按时反馈",
                    "INSTRUMENT:" + instrument.id() + ":" + unit);
        }
        audit.record(AuditedChange.created("supervision.instrument.issued", "instrument", instrument.id(),
                instrument.toJson()));
        em.flush();
        return view(instrument);
    }

    private int nextNumber(InstrumentKind kind, int year) {
        em.createNativeQuery("INSERT IGNORE INTO supervision_instrument_counter (kind, year, last_number) VALUES (?, ?, 0)")
                .setParameter(1, kind.name()).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery("SELECT last_number FROM supervision_instrument_counter "
                + "WHERE kind = ? AND year = ? FOR UPDATE").setParameter(1, kind.name()).setParameter(2, year)
                .getSingleResult();
        int next = last.intValue() + 1;
        em.createNativeQuery("UPDATE supervision_instrument_counter SET last_number = ? WHERE kind = ? AND year = ?")
                .setParameter(1, next).setParameter(2, kind.name()).setParameter(3, year).executeUpdate();
        return next;
    }

    /** These instruments with their addressees' answers (office), newest first. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.ADMIN})
    public List<InstrumentView> byIds(List<Long> ids) {
        return ids.isEmpty() ? List.of()
                : views(em.createNamedQuery(Instrument.BY_IDS, Instrument.class).setParameter("ids", ids).getResultList());
    }

    /** The latest instruments with their addressees' answers (office). */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.ADMIN})
    public List<InstrumentView> latest(int max) {
        List<Instrument> list = em.createNamedQuery(Instrument.LATEST, Instrument.class).setMaxResults(max).getResultList();
        return views(list);
    }

    /** What the office asked of the caller's unit, newest first; only its own line of each. */
    @RolesAllowed(Role.Names.UNIT_OPERATOR)
    public List<InstrumentView> mine() {
        String unit = myUnit();
        List<Long> ids = em.createNamedQuery(InstrumentRecipient.OF_UNIT, InstrumentRecipient.class)
                .setParameter("unit", unit).getResultStream().map(InstrumentRecipient::instrumentId).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Instrument.BY_IDS, Instrument.class).setParameter("ids", ids).getResultStream()
                .map(i -> i.toView(List.of(recipient(i.id(), unit).toView()))).toList();
    }

    @RolesAllowed(Role.Names.UNIT_OPERATOR)
    public RecipientView acknowledge(long instrumentId) {
        InstrumentRecipient recipient = recipient(instrumentId, myUnit());
        if (recipient.toView().acknowledgedAt() != null) {
            throw IllegalMoveException.illegal("acknowledged already");
        }
        String before = recipient.toJson();
        recipient.acknowledge(callers.name(session.getCallerPrincipal()), clock.instant());
        audit.record(new AuditedChange("supervision.instrument.acknowledged", "instrument", String.valueOf(instrumentId),
                before, recipient.toJson()));
        em.flush();
        return recipient.toView();
    }

    /** The unit's head answers for the unit (签批负责人); its operators read and sign for instruments. */
    @RolesAllowed(Role.Names.UNIT_HEAD)
    public RecipientView answer(long instrumentId, String text) {
        if (text == null || text.isBlank() || text.length() > 10_000) {
            throw RoutingRefusedException.of("text", SupervisionProblem.ANSWER, "10,000");
        }
        InstrumentRecipient recipient = recipient(instrumentId, myUnit());
        if (recipient.toView().answeredAt() != null) {
            throw IllegalMoveException.illegal("answered already");
        }
        String before = recipient.toJson();
        Instant now = clock.instant();
        recipient.answer(text.strip(), callers.name(session.getCallerPrincipal()), now);
        Instrument instrument = em.find(Instrument.class, instrumentId);
        notifications.raise(Notification.OFFICE, "INSTRUMENT_ANSWERED", null, instrumentId,
                recipient.unitCode() + " 已反馈 " + instrument.label(),
                "ANSWERED:" + instrumentId + ":" + recipient.unitCode());
        audit.record(new AuditedChange("supervision.instrument.answered", "instrument", String.valueOf(instrumentId),
                before, recipient.toJson()));
        em.flush();
        return recipient.toView();
    }

    /** The printable document: for the office, and for the units it is addressed to. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.DISPATCHER, Role.Names.ADMIN, Role.Names.UNIT_OPERATOR})
    public byte[] pdf(long instrumentId) {
        Instrument instrument = em.find(Instrument.class, instrumentId);
        if (instrument == null) {
            throw new NotFoundInRoutingException("instrument", instrumentId);
        }
        List<InstrumentRecipient> recipients = recipientsOf(List.of(instrumentId));
        if (session.isCallerInRole(Role.Names.UNIT_OPERATOR)) {
            String unit = myUnit();
            if (recipients.stream().noneMatch(r -> r.unitCode().equals(unit))) {
                throw new NotFoundInRoutingException("instrument", instrumentId);
            }
        }
        Map<String, String> names = units.namesZh();
        return InstrumentPdf.render(instrument, recipients.stream().map(r -> names.getOrDefault(r.unitCode(),
                r.unitCode())).toList(), font, clock.getZone());
    }

    /** Answers past their deadline are escalated to the office, once each. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int escalateOverdue(Instant now) {
        int escalated = 0;
        for (InstrumentRecipient recipient : em.createNamedQuery(InstrumentRecipient.OVERDUE, InstrumentRecipient.class)
                .setParameter("now", now).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()) {
            String before = recipient.toJson();
            recipient.escalated(now);
            Instrument instrument = em.find(Instrument.class, recipient.instrumentId());
            notifications.raise(Notification.OFFICE, "INSTRUMENT_OVERDUE", null, instrument.id(),
                    recipient.unitCode() + " 未按时反馈 " + instrument.label() + "《" + instrument.title() + "》",
                    "INSTRUMENT_OVERDUE:" + instrument.id() + ":" + recipient.unitCode());
            audit.record(new AuditedChange("supervision.instrument.escalated", "instrument",
                    String.valueOf(instrument.id()), before, recipient.toJson()));
            escalated++;
        }
        em.flush();
        return escalated;
    }

    @Inject
    JobLeases leases;

    @Schedule(minute = "*/5", hour = "*", persistent = false, info = "overdue answers")
    public void scheduled() {
        if (leases.take("overdue-answers", Duration.ofMinutes(2))) {
            escalateOverdue(clock.instant());
        }
    }

    private InstrumentRecipient recipient(long instrumentId, String unit) {
        InstrumentRecipient.Key key = new InstrumentRecipient.Key();
        key.instrumentId = instrumentId;
        key.unitCode = unit;
        InstrumentRecipient recipient = unit == null ? null : em.find(InstrumentRecipient.class, key);
        if (recipient == null) {
            throw new NotFoundInRoutingException("instrument", instrumentId);
        }
        return recipient;
    }

    private List<InstrumentRecipient> recipientsOf(List<Long> ids) {
        return em.createNamedQuery(InstrumentRecipient.OF_INSTRUMENTS, InstrumentRecipient.class)
                .setParameter("ids", ids).getResultList();
    }

    private InstrumentView view(Instrument instrument) {
        return views(List.of(instrument)).get(0);
    }

    private List<InstrumentView> views(List<Instrument> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RecipientView>> recipients = recipientsOf(list.stream().map(Instrument::id).toList()).stream()
                .collect(Collectors.groupingBy(InstrumentRecipient::instrumentId,
                        Collectors.mapping(InstrumentRecipient::toView, Collectors.toList())));
        return list.stream().map(i -> i.toView(recipients.getOrDefault(i.id(), List.of()))).toList();
    }

    private String myUnit() {
        return callers.unitOf(session.getCallerPrincipal())
                .orElseThrow(() -> new NotFoundInRoutingException("unit", 0));
    }
}

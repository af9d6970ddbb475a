package org.linkage110.platform.reference;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.linkage110.domain.Role;
import org.linkage110.platform.AuditTrail;
import org.linkage110.platform.AuditedChange;
import org.linkage110.platform.ChangeRefusedException;
import org.linkage110.platform.ChangeRefusedException.Refusal;
import org.linkage110.platform.Jsons;
import org.linkage110.platform.NotFoundInPlatformException;
import org.linkage110.platform.internal.ReferenceRevision;

/**
 * Every change of reference data goes through here: checked (the form of its values, then the
 * kind's own rules), kept with its reason, its author and the entry's state before and after,
 * audited, and applied at once or at the moment it is to take effect. What was already
 * dispatched keeps what it was given; a change applies to what comes after it.
 */
@Stateless
@DeclareRoles({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class ReferenceRevisions {

    /** How far in the past a stated moment may be (clocks differ a little); earlier is refused. */
    private static final Duration PAST_TOLERANCE = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Instance<ReferenceKind> kinds;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReferenceDataChanged> changed;

    @Resource
    SessionContext session;

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<String> kindNames() {
        return kinds.stream().map(ReferenceKind::name).sorted().toList();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReferenceField> fields(String kind) {
        return kind(kind).fields();
    }

    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReferenceEntry> entries(String kind) {
        return kind(kind).entries();
    }

    /** Every change of the entry (key null: of the whole kind), newest first. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReferenceRevisionView> history(String kind, String key) {
        kind(kind);
        var query = key == null
                ? em.createNamedQuery(ReferenceRevision.OF_KIND, ReferenceRevision.class).setParameter("kind", kind)
                : em.createNamedQuery(ReferenceRevision.OF_ENTRY, ReferenceRevision.class).setParameter("kind", kind)
                        .setParameter("key", key);
        return query.setMaxResults(500).getResultStream().map(ReferenceRevision::toView).toList();
    }

    /** Changes waiting for their moment, soonest first. */
    @RolesAllowed({Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReferenceRevisionView> pending() {
        return em.createNamedQuery(ReferenceRevision.PENDING, ReferenceRevision.class).getResultStream()
                .map(ReferenceRevision::toView).toList();
    }

    /** One change; refused as a whole (nothing written) when any part of it does not fit. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public ReferenceRevisionView change(ReferenceChange change) {
        return changeAll(List.of(change)).get(0);
    }

    /** Several changes in one transaction, in order: all of them are kept, or none. */
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
    public List<ReferenceRevisionView> changeAll(List<ReferenceChange> changes) {
        if (changes == null || changes.isEmpty()) {
            throw ChangeRefusedException.of("changes", "changes.required", "send at least one change");
        }
        Instant now = clock.instant();
        List<ReferenceRevisionView> kept = new ArrayList<>();
        for (ReferenceChange change : changes) {
            kept.add(keep(change, now));
        }
        return kept;
    }

    private ReferenceRevisionView keep(ReferenceChange change, Instant now) {
        ReferenceKind kind = kind(change.kind());
        List<Refusal> refusals = new ArrayList<>();
        String reason = change.reason() == null ? "" : change.reason().strip();
        if (reason.isEmpty() || reason.length() > 500) {
            refusals.add(new Refusal("reason", "reason.required", "say why (up to 500 characters)"));
        }
        Instant effective = change.effectiveFrom() == null ? now : change.effectiveFrom();
        if (effective.isBefore(now.minus(PAST_TOLERANCE))) {
            refusals.add(new Refusal("effectiveFrom", "effectiveFrom.past",
                    "a change takes effect now or later, never in the past"));
        }
        String key = change.key();
        Map<String, String> values = null;
        if (change.values() != null) {
            ReferenceForm.Checked form = ReferenceForm.check(kind.fields(), change.values());
            refusals.addAll(form.refusals());
            values = form.values();
            String computed = ReferenceForm.keyOf(kind.fields(), values);
            if (key != null && !key.equals(computed)) {
                refusals.add(new Refusal("key", "key.changed", "the key fields of an entry cannot change; "
                        + "add a new entry instead"));
            }
            key = computed;
        } else if (key == null || kind.entry(key).isEmpty()) {
            throw new NotFoundInPlatformException(kind.name(), key);
        } else if (!kind.removable()) {
            refusals.add(new Refusal("key", "entry.notRemovable", "entries of " + kind.name()
                    + " are switched off, not removed"));
        }
        var before = kind.entry(key);
        if (change.key() == null && before.isPresent()) {
            refusals.add(new Refusal("key", "entry.exists", "an entry " + key + " exists already; change it instead"));
        }
        if (values != null && before.isPresent() && before.get().values().equals(values)) {
            refusals.add(new Refusal("values", "values.unchanged", "nothing would change"));
        }
        if (refusals.isEmpty()) {
            refusals.addAll(kind.check(key, values));
        }
        if (!refusals.isEmpty()) {
            throw new ChangeRefusedException(refusals);
        }
        ReferenceRevision revision = new ReferenceRevision(kind.name(), key, before.map(e -> json(e.values())).orElse(null),
                values == null ? null : json(values), reason, actor(), now, effective);
        em.persist(revision);
        em.flush();
        audit.record(AuditedChange.created("platform.reference.changed", kind.name(), key,
                json(Map.of("revision", String.valueOf(revision.id()), "effectiveFrom", effective.toString()))));
        if (revision.due(now)) {
            apply(kind, revision, values, now);
        }
        return revision.toView();
    }

    /** Applies the changes whose moment has come, each in a transaction of its own; the count applied. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int applyDue(Instant now) {
        ReferenceRevisions self = session.getBusinessObject(ReferenceRevisions.class);
        int applied = 0;
        for (Long id : self.dueIds(now)) {
            applied += self.applyOne(id, now) ? 1 : 0;
        }
        return applied;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<Long> dueIds(Instant now) {
        return em.createNamedQuery(ReferenceRevision.DUE, ReferenceRevision.class).setParameter("now", now)
                .setMaxResults(500).getResultStream().map(ReferenceRevision::id).toList();
    }

    /** Claims one due change (another server may be at it too) and applies it, or marks it failed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean applyOne(long id, Instant now) {
        int claimed = em.createQuery("update ReferenceRevision r set r.status = 'APPLYING' "
                + "where r.id = :id and r.status = 'PENDING'").setParameter("id", id).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        ReferenceRevision revision = em.find(ReferenceRevision.class, id);
        em.refresh(revision);
        ReferenceKind kind = kind(revision.kind());
        Map<String, String> values = revision.after() == null ? null : values(revision.after());
        List<Refusal> refusals = kind.check(revision.entryKey(), values);
        if (!refusals.isEmpty()) {
            revision.failed(refusals.toString(), now);
            audit.record(AuditedChange.created("platform.reference.failed", kind.name(), revision.entryKey(),
                    refusals.toString()));
            return false;
        }
        apply(kind, revision, values, now);
        return true;
    }

    private void apply(ReferenceKind kind, ReferenceRevision revision, Map<String, String> values, Instant now) {
        String actualBefore = kind.entry(revision.entryKey()).map(e -> json(e.values())).orElse(null);
        kind.apply(revision.entryKey(), values, revision.asApplied());
        revision.applied(actualBefore, now);
        audit.record(new AuditedChange("platform.reference.applied", kind.name(), revision.entryKey(), actualBefore,
                revision.after()));
        em.flush();
        changed.fire(new ReferenceDataChanged(kind.name()));
    }

    private ReferenceKind kind(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundInPlatformException("kind of reference data", name));
    }

    private String actor() {
        Principal caller = session.getCallerPrincipal();
        return caller == null || caller.getName() == null || "ANONYMOUS".equals(caller.getName())
                ? AuditTrail.SYSTEM : caller.getName();
    }

    private static String json(Map<String, String> values) {
        JsonObjectBuilder json = Jsons.createObjectBuilder();
        new java.util.TreeMap<>(values).forEach(json::add);
        return json.build().toString();
    }

    private static Map<String, String> values(String json) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        Jsons.createReader(new java.io.StringReader(json)).readObject()
                .forEach((name, value) -> values.put(name, ((jakarta.json.JsonString) value).getString()));
        return values;
    }
}

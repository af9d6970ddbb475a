package org.linkage110.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.AuditChainCheck;
import org.linkage110.platform.internal.AuditChainHead;
import org.linkage110.platform.internal.AuditEvent;
import org.linkage110.platform.internal.AuditSeal;
import org.linkage110.platform.internal.AuditSealer;
import org.linkage110.platform.internal.AuditSealing;

/**
 * Seals what waits, then walks the audit chain from its first seal to where its head says it ends,
 * and looks for events that belong in the chain but are neither sealed nor waiting, and for
 * waiting events that are gone. Reports the first broken link. Reads in pages, so a long trail
 * costs time, not memory; events sealed while it walks are past the head it read and left for the
 * next walk.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerification {

    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditSealing sealing;

    @Inject
    AuditSealer sealer;

    public AuditChainReport verify() {
        sealing.sealNow();
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_CHAIN);
        AuditChainCheck check = new AuditChainCheck(head.startSeq());
        walk(head, check);
        check.end(head.lastSeq(), head.lastHash());
        firstOf("SELECT MIN(e.id) FROM platform_audit_event e WHERE e.id >= ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM platform_audit_seal s WHERE s.event_id = e.id) "
                + "AND NOT EXISTS (SELECT 1 FROM platform_audit_unsealed u WHERE u.event_id = e.id)", head.startSeq())
                .ifPresent(check::unchained);
        firstOf("SELECT MIN(u.event_id) FROM platform_audit_unsealed u "
                + "WHERE NOT EXISTS (SELECT 1 FROM platform_audit_event e WHERE e.id = u.event_id)")
                .ifPresent(check::waitingButMissing);
        long waiting = sealer.waitingCount();
        return check.broken()
                .map(b -> new AuditChainReport(check.checked(), false, b.id(), b.problem(), head.startSeq(), head.lastSeq(), waiting))
                .orElseGet(() -> new AuditChainReport(check.checked(), true, null, null, head.startSeq(), head.lastSeq(), waiting));
    }

    private void walk(AuditChainHead head, AuditChainCheck check) {
        long after = head.startSeq() - 1;
        boolean going = true;
        while (going) {
            List<AuditSeal> page = em.createQuery("select s from AuditSeal s where s.seq > :after and s.seq <= :last "
                            + "order by s.seq", AuditSeal.class)
                    .setParameter("after", after).setParameter("last", head.lastSeq())
                    .setMaxResults(PAGE).getResultList();
            Map<Long, AuditEvent> events = page.isEmpty() ? Map.of()
                    : em.createQuery("select e from AuditEvent e where e.id in :ids", AuditEvent.class)
                            .setParameter("ids", page.stream().map(AuditSeal::eventId).toList())
                            .getResultStream().collect(Collectors.toMap(AuditEvent::id, Function.identity()));
            for (AuditSeal seal : page) {
                AuditEvent event = events.get(seal.eventId());
                going = check.next(seal.seq(), seal.eventId(), seal.previousHash(), seal.hash(),
                        event == null ? null : event.hashAfter(seal.previousHash()));
                if (!going) {
                    break;
                }
                after = seal.seq();
            }
            em.clear();
            going = going && page.size() == PAGE;
        }
    }

    private Optional<Long> firstOf(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return Optional.ofNullable(query.getSingleResult()).map(n -> ((Number) n).longValue());
    }
}

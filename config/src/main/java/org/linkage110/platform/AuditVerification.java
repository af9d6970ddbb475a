package org.linkage110.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.linkage110.domain.Role;
import org.linkage110.platform.internal.AuditChainCheck;
import org.linkage110.platform.internal.AuditChainHead;
import org.linkage110.platform.internal.AuditEvent;

/**
 * Walks the audit chain from its first event to where its head says it ends and reports the
 * first broken link. Reads in pages by id, so a long trail costs time, not memory; events appended
 * while it walks are past the head it read and left for the next walk.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditVerification {

    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    public AuditChainReport verify() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.THE_CHAIN);
        AuditChainCheck check = new AuditChainCheck(head.startId());
        long after = head.startId() - 1;
        boolean going = true;
        while (going) {
            List<AuditEvent> page = em.createQuery("select e from AuditEvent e where e.id > :after and e.id <= :last "
                            + "order by e.id", AuditEvent.class)
                    .setParameter("after", after).setParameter("last", head.lastId())
                    .setMaxResults(PAGE).getResultList();
            for (AuditEvent event : page) {
                going = check.next(event.id(), event.previousHash(), event.hash(), event.recomputedHash());
                if (!going) {
                    break;
                }
                after = event.id();
            }
            going = going && page.size() == PAGE;
        }
        check.end(head.lastId(), head.lastHash());
        return check.broken()
                .map(b -> new AuditChainReport(check.checked(), false, b.id(), b.problem(), head.startId(), head.lastId()))
                .orElseGet(() -> new AuditChainReport(check.checked(), true, null, null, head.startId(), head.lastId()));
    }
}

package org.linkage110.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Once across a cluster for a scheduled job whose items have no claim of their own: each server's
 * timer fires, and only the server that takes the job's lease runs that round. Taking it is one
 * conditional update on the job's row (the row lock orders two servers firing at the same second;
 * the second finds it held), committed at once, so a server that dies while holding it only delays
 * the job until the lease ends. The lease is shorter than the job's period, so the next round is
 * free for whichever server fires first.
 */
@Stateless
public class JobLeases {

    /** This server, for as long as it runs. */
    static final String SERVER = UUID.randomUUID().toString();

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    /** True when this server may run the job now; it then holds it for {@code hold}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean take(String job, Duration hold) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT IGNORE INTO platform_job_lease (job, holder, held_until) VALUES (?1, '', ?2)")
                .setParameter(1, job).setParameter(2, Timestamp.from(Instant.EPOCH.plusSeconds(86_400))).executeUpdate();
        return em.createNativeQuery("UPDATE platform_job_lease SET holder = ?1, held_until = ?2 "
                        + "WHERE job = ?3 AND held_until <= ?4")
                .setParameter(1, SERVER).setParameter(2, Timestamp.from(now.plus(hold)))
                .setParameter(3, job).setParameter(4, Timestamp.from(now))
                .executeUpdate() == 1;
    }
}

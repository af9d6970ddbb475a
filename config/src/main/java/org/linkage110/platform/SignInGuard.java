package org.linkage110.platform;

import jakarta.ejb.Schedule;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in protection: failed sign-ins are counted per subject (an account name, whether or not
 * such an account exists, or an API client id) within a window; at the limit the subject is locked
 * for a while, or until an administrator unlocks it when {@code app.sign-in.lock-for} is zero.
 * The counts are rows in the database, so every server of a cluster sees the same lock.
 */
@Stateless
public class SignInGuard {

    /** A lock that only an administrator lifts. */
    static final Instant UNTIL_UNLOCKED = LocalDateTime.of(9999, 12, 31, 0, 0).toInstant(ZoneOffset.UTC);

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "app.sign-in.max-failures", defaultValue = "10")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "app.sign-in.window", defaultValue = "PT15M")
    Duration window;

    @Inject
    @ConfigProperty(name = "app.sign-in.lock-for", defaultValue = "PT15M")
    Duration lockFor;

    public static String ofAccount(String username) {
        return "account:" + username;
    }

    public static String ofApiClient(String clientId) {
        return "api-client:" + clientId;
    }

    /** Until when the subject is locked, if it is now. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> lockedUntil(String subject) {
        List<?> rows = em.createNativeQuery("SELECT locked_until FROM platform_sign_in_guard WHERE subject = ?")
                .setParameter(1, subject).getResultList();
        Instant now = clock.instant();
        return rows.stream().filter(r -> r != null).map(SignInGuard::instant).filter(now::isBefore).findFirst();
    }

    /**
     * Counts a failed sign-in in the caller's transaction and audits it; returns the lock when
     * this failure reached the limit or the subject was locked already.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Optional<Instant> failed(String subject, String channel, String origin) {
        Instant now = clock.instant();
        em.createNativeQuery("INSERT IGNORE INTO platform_sign_in_guard (subject, failures, window_start) "
                + "VALUES (?, 0, ?)").setParameter(1, subject).setParameter(2, timestamp(now)).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery("SELECT failures, window_start, locked_until "
                + "FROM platform_sign_in_guard WHERE subject = ? FOR UPDATE").setParameter(1, subject).getSingleResult();
        int failures = ((Number) row[0]).intValue();
        Instant windowStart = instant(row[1]);
        Instant lockedUntil = row[2] == null ? null : instant(row[2]);
        boolean lockedBefore = lockedUntil != null && now.isBefore(lockedUntil);
        if (!lockedBefore && (lockedUntil != null || windowStart.plus(window).isBefore(now))) {
            failures = 0;
            windowStart = now;
            lockedUntil = null;
        }
        failures++;
        boolean locksNow = !lockedBefore && failures >= maxFailures;
        if (locksNow) {
            lockedUntil = lockFor.isZero() ? UNTIL_UNLOCKED : now.plus(lockFor);
        }
        em.createNativeQuery("UPDATE platform_sign_in_guard SET failures = ?, window_start = ?, locked_until = ? "
                        + "WHERE subject = ?").setParameter(1, failures).setParameter(2, timestamp(windowStart))
                .setParameter(3, lockedUntil == null ? null : timestamp(lockedUntil)).setParameter(4, subject)
                .executeUpdate();
        String state = Jsons.createObjectBuilder().add("channel", channel).add("origin", String.valueOf(origin))
                .add("failures", failures).add("lockedUntil", String.valueOf(lockedUntil)).build().toString();
        audit.recordAs(subject, AuditedChange.created("platform.sign-in.failed", "sign-in", subject, state));
        if (locksNow) {
            audit.recordAs(AuditTrail.SYSTEM, AuditedChange.created("platform.sign-in.locked", "sign-in", subject, state));
        }
        return lockedBefore || locksNow ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** {@link #failed} for a caller with no transaction to count it in: in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Instant> failedAlone(String subject, String channel, String origin) {
        return failed(subject, channel, origin);
    }

    /** A successful sign-in clears the failures counted so far (no write when there are none). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void succeeded(String subject) {
        em.createNativeQuery("DELETE FROM platform_sign_in_guard WHERE subject = ? AND locked_until IS NULL")
                .setParameter(1, subject).executeUpdate();
    }

    /** An administrator lifts a lock; true when there was one. Audited. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean unlock(String subject) {
        boolean locked = lockedUntil(subject).isPresent();
        em.createNativeQuery("DELETE FROM platform_sign_in_guard WHERE subject = ?").setParameter(1, subject)
                .executeUpdate();
        if (locked) {
            audit.record(AuditedChange.created("platform.sign-in.unlocked", "sign-in", subject, null));
        }
        return locked;
    }

    /** Forgets counts whose window and lock have passed, so names tried once do not pile up. */
    @Schedule(minute = "17", hour = "*", persistent = false, info = "sign-in guard clean-up")
    public void forgetOld() {
        Timestamp before = timestamp(clock.instant().minus(window));
        em.createNativeQuery("DELETE FROM platform_sign_in_guard WHERE window_start < ? "
                + "AND (locked_until IS NULL OR locked_until < ?)").setParameter(1, before)
                .setParameter(2, timestamp(clock.instant())).executeUpdate();
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }
}

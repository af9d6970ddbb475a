package org.linkage110.platform;

/**
 * What a walk of the audit chain found: how many events it checked (from {@code startId}, the
 * first event of the chain, to {@code lastId}, where the head says it ends), and the first broken
 * link if any — the event's id and what differs.
 */
public record AuditChainReport(long checked, boolean ok, Long firstBrokenId, String problem, long startId,
                               long lastId) implements java.io.Serializable {
}

package org.linkage110.platform;

/**
 * What a walk of the audit chain found: how many seals it checked (from {@code startId}, the first
 * seal's place, to {@code lastId}, where the head says the chain ends), the first broken link if
 * any — the event's id and what differs — and how many events were still waiting to be sealed when
 * it ended (written by transactions that committed while it walked).
 */
public record AuditChainReport(long checked, boolean ok, Long firstBrokenId, String problem, long startId,
                               long lastId, long waiting) implements java.io.Serializable {
}

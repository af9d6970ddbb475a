-- The audit chain is sealed after commit instead of appended under a lock (issue 17). Until now
-- every audited transaction locked the chain's head row from its first event until it committed,
-- so audited transactions took turns; that capped intake. Now an event is written with the change,
-- and with it a row of platform_audit_unsealed; after commit the sealer links the events it finds
-- there into the chain, in one short transaction of its own that locks the head.
--
-- The chain becomes a table of its own: each seal names its place in the chain (seq), the event it
-- seals, the hash of the seal before it and the event's hash over that (AuditHash, unchanged). The
-- seals are append-only as the events are. The chain as written so far moves into the seals link
-- by link: its events' ids were consecutive from start_id, so an event's seq is its id.
CREATE TABLE platform_audit_seal (
    seq       BIGINT      NOT NULL,
    event_id  BIGINT      NOT NULL,
    prev_hash CHAR(64)    CHARACTER SET ascii NOT NULL,
    row_hash  CHAR(64)    CHARACTER SET ascii NOT NULL,
    sealed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY ux_audit_seal_event (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER platform_audit_seal_no_update BEFORE UPDATE ON platform_audit_seal
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit chain is append-only';

CREATE TRIGGER platform_audit_seal_no_delete BEFORE DELETE ON platform_audit_seal
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit chain is append-only';

CREATE TABLE platform_audit_unsealed (
    event_id BIGINT NOT NULL,
    PRIMARY KEY (event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO platform_audit_seal (seq, event_id, prev_hash, row_hash, sealed_at)
SELECT id, id, prev_hash, row_hash, occurred_at FROM platform_audit_event WHERE row_hash IS NOT NULL;

-- the head now counts seals: start_seq is the first seal's place (the event id the chain began at),
-- last_seq the last one's
ALTER TABLE platform_audit_chain
    CHANGE COLUMN start_id start_seq BIGINT NOT NULL,
    CHANGE COLUMN last_id last_seq BIGINT NOT NULL;

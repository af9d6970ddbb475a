-- The audit trail becomes a hash chain: each event carries the hash of the one before it and its
-- own (AuditHash), and one head row says where the chain ends. Appending locks the head row, so
-- events join the chain one at a time, in the order of their ids.
--
-- Events written before this migration are not sealed: they were written by a user that could
-- rewrite them, so hashing them now would only certify whatever they say today. The chain starts
-- after them (start_id); the verifier reports where it starts.
ALTER TABLE platform_audit_event
    ADD COLUMN prev_hash CHAR(64) CHARACTER SET ascii NULL,
    ADD COLUMN row_hash  CHAR(64) CHARACTER SET ascii NULL;

CREATE TABLE platform_audit_chain (
    id        INT      NOT NULL,
    start_id  BIGINT   NOT NULL,
    last_id   BIGINT   NOT NULL,
    last_hash CHAR(64) CHARACTER SET ascii NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO platform_audit_chain (id, start_id, last_id, last_hash)
SELECT 1, COALESCE(MAX(id), 0) + 1, COALESCE(MAX(id), 0), REPEAT('0', 64) FROM platform_audit_event;

-- Append-only audit trail: who, when, what, before and after, for every state change.
CREATE TABLE platform_audit_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(100) NOT NULL,
    subject_type VARCHAR(60)  NOT NULL,
    subject_id   VARCHAR(100) NOT NULL,
    state_before LONGTEXT     NULL,
    state_after  LONGTEXT     NULL,
    PRIMARY KEY (id),
    KEY ix_audit_subject (subject_type, subject_id, id),
    KEY ix_audit_actor_time (actor, occurred_at),
    KEY ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER platform_audit_event_no_update BEFORE UPDATE ON platform_audit_event
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only';

CREATE TRIGGER platform_audit_event_no_delete BEFORE DELETE ON platform_audit_event
    FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the audit trail is append-only';

-- Matters 12345 received that belong to the police (报警, 紧急求助, 涉警投诉): recorded and forwarded
-- to 110 at once through the outbox; an emergency one is due for feedback within the hour (001).
CREATE TABLE intake_police_matter (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    source          VARCHAR(20)   NOT NULL,
    external_number VARCHAR(64)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    emergency       BOOLEAN       NOT NULL,
    received_at     DATETIME(6)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    feedback_due_at DATETIME(6)   NULL,
    caller_name     VARCHAR(100)  NULL,
    caller_phone    VARCHAR(20)   NULL,
    address         VARCHAR(500)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_police_matter_external (source, external_number),
    KEY ix_police_matter_due (emergency, feedback_due_at),
    CONSTRAINT ck_police_matter_kind CHECK (kind IN ('REPORT', 'EMERGENCY_HELP', 'POLICE_COMPLAINT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

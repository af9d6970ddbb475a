-- Notifications to a unit or to the office (recipient OFFICE): deadline warnings and overdue
-- marks, escalation steps, instruments, overdue answers. dedupe_key makes each one exist once.
CREATE TABLE supervision_notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    recipient    VARCHAR(40)   NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    incident_id  BIGINT        NULL,
    subject_id   BIGINT        NULL,
    text         VARCHAR(500)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    dedupe_key   VARCHAR(150)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_notification_once (dedupe_key),
    KEY ix_notification_recipient (recipient, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "Three weeks, three levels" (000): each step an open order reached, once.
CREATE TABLE supervision_escalation (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    incident_id BIGINT       NOT NULL,
    step        INT          NOT NULL,
    level_code  VARCHAR(30)  NOT NULL,
    level_name  VARCHAR(100) NOT NULL,
    recipient   VARCHAR(40)  NOT NULL,
    reached_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_escalation_step (incident_id, step)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The office's instruments (002): warning notice 预警单, supervision order 督办单, bulletin 通报,
-- numbered per kind and year; each addressed unit acknowledges and answers.
CREATE TABLE supervision_instrument (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    kind        VARCHAR(20)   NOT NULL,
    year        INT           NOT NULL,
    number      INT           NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        TEXT          NOT NULL,
    incident_id BIGINT        NULL,
    issued_by   VARCHAR(100)  NOT NULL,
    issued_at   DATETIME(6)   NOT NULL,
    answer_due  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_instrument_number (kind, year, number),
    CONSTRAINT ck_instrument_kind CHECK (kind IN ('WARNING_NOTICE', 'SUPERVISION_ORDER', 'BULLETIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_instrument_counter (
    kind        VARCHAR(20) NOT NULL,
    year        INT         NOT NULL,
    last_number INT         NOT NULL,
    PRIMARY KEY (kind, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_instrument_recipient (
    instrument_id   BIGINT        NOT NULL,
    unit_code       VARCHAR(40)   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    acknowledged_at DATETIME(6)   NULL,
    acknowledged_by VARCHAR(100)  NULL,
    answer          TEXT          NULL,
    answered_at     DATETIME(6)   NULL,
    answered_by     VARCHAR(100)  NULL,
    escalated_at    DATETIME(6)   NULL,
    PRIMARY KEY (instrument_id, unit_code),
    KEY ix_recipient_unit (unit_code, answered_at),
    KEY ix_recipient_open (answered_at, escalated_at),
    CONSTRAINT fk_recipient_instrument FOREIGN KEY (instrument_id) REFERENCES supervision_instrument (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Callback rechecks (电话回访复检) of closed orders; a failed one reopens the order.
CREATE TABLE supervision_callback (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    incident_id    BIGINT        NOT NULL,
    instruction_id BIGINT        NOT NULL,
    unit_code      VARCHAR(40)   NOT NULL,
    item_code      VARCHAR(6)    NULL,
    result_round   INT           NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    attempts       INT           NOT NULL DEFAULT 0,
    resolution     VARCHAR(20)   NULL,
    satisfaction   VARCHAR(20)   NULL,
    comment        VARCHAR(1000) NULL,
    queued_at      DATETIME(6)   NOT NULL,
    done_at        DATETIME(6)   NULL,
    done_by        VARCHAR(100)  NULL,
    flagged_for_sampling BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (id),
    UNIQUE KEY uk_callback_round (incident_id, result_round),
    KEY ix_callback_status (status, queued_at),
    CONSTRAINT ck_callback_status CHECK (status IN ('QUEUED', 'DONE', 'UNREACHED')),
    CONSTRAINT ck_callback_resolution CHECK (resolution IS NULL OR resolution IN ('RESOLVED', 'NOT_RESOLVED', 'FALSELY_SOLVED')),
    CONSTRAINT ck_callback_satisfaction CHECK (satisfaction IS NULL OR satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

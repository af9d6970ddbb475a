-- Transactional outbox: messages to other agencies' platforms, written in the same transaction as
-- the change they report, delivered at least once by the sender with retries and backoff.
CREATE TABLE platform_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    destination     VARCHAR(20)   NOT NULL,
    message_type    VARCHAR(60)   NOT NULL,
    idempotency_key VARCHAR(100)  NOT NULL,
    payload         LONGTEXT      NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)   NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)   NOT NULL,
    delivered_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_outbox_key (idempotency_key),
    KEY ix_outbox_due (status, next_attempt_at, id),
    CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'DELIVERED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

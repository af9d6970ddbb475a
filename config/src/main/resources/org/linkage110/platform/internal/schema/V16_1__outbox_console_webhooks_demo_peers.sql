-- Outbox console: a message that failed the configured number of attempts is parked as DEAD until
-- an administrator retries it. Destinations grow to name webhook subscriptions (webhook:<id>).
ALTER TABLE platform_outbox
    DROP CONSTRAINT ck_outbox_status,
    MODIFY destination VARCHAR(40) NOT NULL,
    ADD COLUMN dead_at DATETIME(6) NULL,
    ADD CONSTRAINT ck_outbox_status CHECK (status IN ('PENDING', 'DELIVERED', 'DEAD'));
CREATE INDEX ix_outbox_destination ON platform_outbox (destination, status, id);

-- Signed webhooks (Standard Webhooks) to departments' and agencies' own systems. The audience is a
-- unit code, an agency code or OFFICE; events is a comma-separated list of event types. A rotated
-- secret keeps signing next to the new one until previous_secret_until.
CREATE TABLE platform_webhook_subscription (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    version               BIGINT        NOT NULL DEFAULT 0,
    audience              VARCHAR(40)   NOT NULL,
    url                   VARCHAR(500)  NOT NULL,
    events                VARCHAR(500)  NOT NULL,
    secret                VARCHAR(100)  NOT NULL,
    previous_secret       VARCHAR(100)  NULL,
    previous_secret_until DATETIME(6)   NULL,
    enabled               BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by            VARCHAR(60)   NOT NULL,
    created_at            DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_audience (audience, enabled)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Demo peers: what the stand-ins for the 110 and 12345 platforms received (demo data only), and
-- whether each answers (an administrator can take one down to watch retries and dead messages).
CREATE TABLE platform_demo_peer_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    peer            VARCHAR(20)   NOT NULL,
    message_type    VARCHAR(60)   NOT NULL,
    idempotency_key VARCHAR(100)  NULL,
    duplicate       BOOLEAN       NOT NULL,
    receipt         VARCHAR(40)   NOT NULL,
    payload         LONGTEXT      NOT NULL,
    received_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_demo_peer_received (peer, id),
    KEY ix_demo_peer_key (peer, idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_demo_peer (
    peer      VARCHAR(20) NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    answering BOOLEAN     NOT NULL DEFAULT TRUE,
    PRIMARY KEY (peer)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO platform_demo_peer (peer, answering) VALUES ('110', TRUE), ('12345', TRUE);

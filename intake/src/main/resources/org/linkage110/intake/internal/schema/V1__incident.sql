-- Incidents as intake received them.
CREATE TABLE intake_incident (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    version         BIGINT        NOT NULL DEFAULT 0,
    source          VARCHAR(20)   NOT NULL,
    external_number VARCHAR(64)   NULL,
    received_at     DATETIME(6)   NOT NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    caller_name     VARCHAR(100)  NULL,
    caller_phone    VARCHAR(20)   NULL,
    address         VARCHAR(500)  NOT NULL,
    description     VARCHAR(4000) NOT NULL,
    category_code   VARCHAR(6)    NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_incident_external (source, external_number),
    KEY ix_incident_received (received_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

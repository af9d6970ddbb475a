-- Simulated-alert spot checks (模拟报警临检): the drill order, the unit it aims at, and once closed
-- its score and report. Video spot checks (视频连线突检) of a unit's duty post and their follow-up.
CREATE TABLE supervision_spot_check (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    incident_id BIGINT        NOT NULL,
    target_unit VARCHAR(40)   NOT NULL,
    scenario    VARCHAR(500)  NOT NULL,
    planned_by  VARCHAR(100)  NOT NULL,
    planned_at  DATETIME(6)   NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    score       INT           NULL,
    report      TEXT          NULL,
    closed_by   VARCHAR(100)  NULL,
    closed_at   DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_spot_check_order (incident_id),
    CONSTRAINT ck_spot_check_status CHECK (status IN ('RUNNING', 'CLOSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_video_check (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    version           BIGINT        NOT NULL DEFAULT 0,
    unit_code         VARCHAR(40)   NOT NULL,
    checked_at        DATETIME(6)   NOT NULL,
    checked_by        VARCHAR(100)  NOT NULL,
    on_duty           VARCHAR(200)  NOT NULL,
    result            VARCHAR(10)   NOT NULL,
    notes             VARCHAR(2000) NULL,
    attachment_name   VARCHAR(200)  NULL,
    attachment_type   VARCHAR(100)  NULL,
    attachment        LONGBLOB      NULL,
    follow_up         VARCHAR(1000) NULL,
    follow_up_due     DATETIME(6)   NULL,
    follow_up_done_at DATETIME(6)   NULL,
    follow_up_note    VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_video_check_unit (unit_code, checked_at),
    CONSTRAINT ck_video_check_result CHECK (result IN ('PASS', 'FAIL'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

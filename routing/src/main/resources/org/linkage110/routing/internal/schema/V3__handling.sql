-- The assessment decision table as data (003 §4.1, 000's dispatch modes), editable by ADMIN.
-- Every saved state of a rule is kept in routing_decision_rule_revision.
CREATE TABLE routing_decision_rule (
    rule_id            VARCHAR(40)   NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    priority           INT           NOT NULL,
    applies_to         VARCHAR(6)    NOT NULL,
    on_scene_dispute   CHAR(1)       NOT NULL,
    threat_to_safety   CHAR(1)       NOT NULL,
    utilities_hazard   CHAR(1)       NOT NULL,
    needs_police_first CHAR(1)       NOT NULL,
    handling_class     VARCHAR(20)   NOT NULL,
    level              TINYINT       NOT NULL,
    dispatch_mode      VARCHAR(20)   NOT NULL,
    reason_zh          VARCHAR(500)  NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (rule_id),
    UNIQUE KEY uk_decision_rule_priority (priority),
    CONSTRAINT ck_rule_flags CHECK (on_scene_dispute IN ('Y', 'N', '*') AND threat_to_safety IN ('Y', 'N', '*')
        AND utilities_hazard IN ('Y', 'N', '*') AND needs_police_first IN ('Y', 'N', '*')),
    CONSTRAINT ck_rule_class CHECK (handling_class IN ('SOURCE_DIVERSION', 'JOINT_HANDLING')),
    CONSTRAINT ck_rule_level CHECK (level IN (1, 2)),
    CONSTRAINT ck_rule_mode CHECK (dispatch_mode IN ('TO_HOTLINE_12345', 'IMMEDIATE', 'JOINT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE routing_decision_rule_revision (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    rule_id    VARCHAR(40)   NOT NULL,
    revision   INT           NOT NULL,
    content    TEXT          NULL,
    changed_by VARCHAR(100)  NOT NULL,
    changed_at DATETIME(6)   NOT NULL,
    why        VARCHAR(500)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_rule_revision (rule_id, revision)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An order as routing handles it: the proposal (which rule, why), the decision the office took
-- (and why it differs, when it does), and what the units were sent (a snapshot of the call).
CREATE TABLE routing_order (
    incident_id       BIGINT        NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    status            VARCHAR(30)   NOT NULL,
    source            VARCHAR(20)   NOT NULL,
    external_number   VARCHAR(64)   NULL,
    received_at       DATETIME(6)   NOT NULL,
    caller_name       VARCHAR(100)  NULL,
    caller_phone      VARCHAR(30)   NULL,
    address           VARCHAR(300)  NOT NULL,
    grid_code         VARCHAR(50)   NULL,
    sub_district      VARCHAR(40)   NULL,
    description       TEXT          NOT NULL,
    item_code         VARCHAR(6)    NULL,
    on_scene_dispute  BOOLEAN       NOT NULL,
    threat_to_safety  BOOLEAN       NOT NULL,
    utilities_hazard  BOOLEAN       NOT NULL,
    needs_police_first BOOLEAN      NOT NULL,
    proposed_rule     VARCHAR(40)   NOT NULL,
    proposed_reason   VARCHAR(500)  NOT NULL,
    proposed_class    VARCHAR(20)   NOT NULL,
    proposed_level    TINYINT       NOT NULL,
    proposed_mode     VARCHAR(20)   NOT NULL,
    proposed_lead     VARCHAR(40)   NULL,
    proposed_co_units VARCHAR(500)  NOT NULL DEFAULT '',
    handling_class    VARCHAR(20)   NULL,
    level             TINYINT       NULL,
    dispatch_mode     VARCHAR(20)   NULL,
    lead_unit         VARCHAR(40)   NULL,
    overridden        BOOLEAN       NOT NULL DEFAULT FALSE,
    override_reason   VARCHAR(500)  NULL,
    assessed_by       VARCHAR(100)  NULL,
    assessed_at       DATETIME(6)   NULL,
    dispatch_round    INT           NOT NULL DEFAULT 0,
    result_round      INT           NOT NULL DEFAULT 0,
    closed_at         DATETIME(6)   NULL,
    PRIMARY KEY (incident_id),
    KEY ix_order_status (status, received_at),
    CONSTRAINT ck_order_status CHECK (status IN ('AWAITING_ASSESSMENT', 'IN_HANDLING', 'NEEDS_REASSESSMENT',
        'CLOSED', 'SENT_TO_POLICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One instruction (指令) per unit and dispatch. Channel HOTLINE_12345: the order was diverted to
-- 12345, which handles it for the responsible unit and acts on it through the API.
CREATE TABLE routing_instruction (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    incident_id    BIGINT        NOT NULL,
    unit_code      VARCHAR(40)   NOT NULL,
    channel        VARCHAR(20)   NOT NULL,
    role           VARCHAR(10)   NOT NULL,
    level          TINYINT       NOT NULL,
    tier           TINYINT       NOT NULL,
    unit_class     VARCHAR(20)   NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    dispatch_round INT           NOT NULL,
    dispatched_at  DATETIME(6)   NOT NULL,
    signed_at      DATETIME(6)   NULL,
    signed_by      VARCHAR(100)  NULL,
    updated_at     DATETIME(6)   NOT NULL,
    return_reason  VARCHAR(500)  NULL,
    result_text    TEXT          NULL,
    reopen_reason  VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_instruction_party (unit_code, channel, status, dispatched_at),
    KEY ix_instruction_channel (channel, status, dispatched_at),
    KEY ix_instruction_order (incident_id),
    CONSTRAINT fk_instruction_order FOREIGN KEY (incident_id) REFERENCES routing_order (incident_id),
    CONSTRAINT fk_instruction_unit FOREIGN KEY (unit_code) REFERENCES routing_linkage_unit (code),
    CONSTRAINT ck_instruction_role CHECK (role IN ('LEAD', 'CO')),
    CONSTRAINT ck_instruction_channel CHECK (channel IN ('DIRECT', 'HOTLINE_12345'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The deadline of each stage of an instruction, and when (and how) it was met. Indexed on the
-- open deadlines for the deadline watch.
CREATE TABLE routing_instruction_stage (
    instruction_id BIGINT       NOT NULL,
    stage          VARCHAR(20)  NOT NULL,
    due_at         DATETIME(6)  NOT NULL,
    done_at        DATETIME(6)  NULL,
    outcome        VARCHAR(10)  NULL,
    extended       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (instruction_id, stage),
    KEY ix_stage_open_due (done_at, due_at),
    CONSTRAINT fk_stage_instruction FOREIGN KEY (instruction_id) REFERENCES routing_instruction (id),
    CONSTRAINT ck_stage_outcome CHECK (outcome IS NULL OR outcome IN ('DONE', 'SKIPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a unit put on record while handling: extension requests (decided by the office),
-- requests for more units (提请联动), police handovers, notes of reports.
CREATE TABLE routing_instruction_record (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    instruction_id BIGINT        NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    recorded_at    DATETIME(6)   NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    head_name      VARCHAR(100)  NULL,
    requested_due  DATETIME(6)   NULL,
    units          VARCHAR(500)  NULL,
    decision       VARCHAR(10)   NULL,
    decided_by     VARCHAR(100)  NULL,
    decided_at     DATETIME(6)   NULL,
    decision_note  VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY ix_record_instruction (instruction_id),
    KEY ix_record_pending (kind, decision),
    CONSTRAINT fk_record_instruction FOREIGN KEY (instruction_id) REFERENCES routing_instruction (id),
    CONSTRAINT ck_record_kind CHECK (kind IN ('EXTENSION', 'MORE_UNITS', 'POLICE_HANDOVER', 'NOTE')),
    CONSTRAINT ck_record_decision CHECK (decision IS NULL OR decision IN ('ACCEPTED', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

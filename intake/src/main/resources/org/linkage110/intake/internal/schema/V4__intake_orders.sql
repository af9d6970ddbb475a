-- Intake as a real front door: flags, inquiry answers,
-- place key and territory for repeat calls and the queue, order status and repeat counting.
ALTER TABLE intake_incident
    ADD COLUMN queue_at           DATETIME(6)  NULL AFTER recorded_at,
    ADD COLUMN place_key          VARCHAR(500) NOT NULL DEFAULT '' AFTER address,
    ADD COLUMN grid_code          VARCHAR(50)  NULL AFTER place_key,
    ADD COLUMN sub_district       VARCHAR(40)  NULL AFTER grid_code,
    ADD COLUMN category_suggested BOOLEAN      NOT NULL DEFAULT FALSE AFTER category_code,
    ADD COLUMN on_scene_dispute   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN threat_to_safety   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN utilities_hazard   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN needs_police_first BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN inquiry_answers    TEXT         NOT NULL DEFAULT '{}',
    ADD COLUMN status             VARCHAR(10)  NOT NULL DEFAULT 'OPEN',
    ADD COLUMN repeat_of          BIGINT       NULL,
    ADD COLUMN repeat_count       INT          NOT NULL DEFAULT 0,
    -- 110's orders are pinned to the top of the office's queue (001)
    ADD COLUMN pinned             BOOLEAN AS (source = 'PLATFORM_110') PERSISTENT,
    -- the category an item belongs to (C01 for C01-03), for the queue's category filter
    ADD COLUMN category_root      CHAR(3) AS (LEFT(category_code, 3)) PERSISTENT;

UPDATE intake_incident SET queue_at = received_at WHERE queue_at IS NULL;
ALTER TABLE intake_incident MODIFY queue_at DATETIME(6) NOT NULL;

ALTER TABLE intake_incident
    ADD CONSTRAINT ck_incident_status CHECK (status IN ('OPEN', 'REPEAT', 'CLOSED')),
    ADD CONSTRAINT fk_incident_repeat_of FOREIGN KEY (repeat_of) REFERENCES intake_incident (id),
    -- the queue is read in this order (pinned first, newest attention first), repeat calls and
    -- other statuses filtered on the way; each filter has an index that keeps the same order and
    -- carries the status, so the paginator's counts are answered from the index alone
    ADD KEY ix_queue (pinned, queue_at, id, status),
    ADD KEY ix_queue_source (source, pinned, queue_at, id, status),
    ADD KEY ix_queue_item (category_code, pinned, queue_at, id, status),
    ADD KEY ix_queue_category (category_root, pinned, queue_at, id, status),
    ADD KEY ix_queue_sub_district (sub_district, pinned, queue_at, id, status),
    ADD KEY ix_queue_received (received_at),
    -- repeat calls: same category at the same place, or same caller about the same category
    ADD KEY ix_repeat_place (category_code, place_key(100), status, received_at),
    ADD KEY ix_repeat_caller (caller_phone, category_code, status, received_at),
    ADD KEY ix_repeats_of (repeat_of, received_at);

-- Search: every pair of consecutive characters of an order's text, for Chinese substring search
-- that an index can answer (InnoDB full-text has no Chinese tokenizer).
CREATE TABLE intake_search_token (
    token       CHAR(2) NOT NULL,
    incident_id BIGINT  NOT NULL,
    PRIMARY KEY (token, incident_id),
    KEY ix_search_incident (incident_id),
    CONSTRAINT fk_search_incident FOREIGN KEY (incident_id) REFERENCES intake_incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Drill (simulated alert) markers, apart from the incident so that nothing a unit or an agency
-- reads can carry them. Only supervision reads this table through intake's Drills facade.
CREATE TABLE intake_drill (
    incident_id BIGINT       NOT NULL,
    planned_by  VARCHAR(100) NOT NULL,
    scenario    VARCHAR(500) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (incident_id),
    CONSTRAINT fk_drill_incident FOREIGN KEY (incident_id) REFERENCES intake_incident (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Questions the call-taker asks per category or item (001's 询问要素), seeded from the
-- reference data and kept by the office.
CREATE TABLE intake_inquiry_element (
    applies_to VARCHAR(6)   NOT NULL,
    code       VARCHAR(40)  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    label_zh   VARCHAR(100) NOT NULL,
    label_en   VARCHAR(150) NOT NULL,
    datatype   VARCHAR(10)  NOT NULL,
    required   BOOLEAN      NOT NULL,
    choices    VARCHAR(500) NOT NULL DEFAULT '',
    position   INT          NOT NULL,
    PRIMARY KEY (applies_to, code),
    CONSTRAINT fk_inquiry_taxonomy FOREIGN KEY (applies_to) REFERENCES intake_taxonomy_item (code),
    CONSTRAINT ck_inquiry_datatype CHECK (datatype IN ('TEXT', 'NUMBER', 'BOOLEAN', 'CHOICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A linkage unit's duty regime (003: 四定 for tier 1, 三定 for tier 2, 三到位 for tier 3) and what it
-- fixes: the duty post, the team, the vehicle and the contact number the dispatcher calls.
ALTER TABLE routing_linkage_unit
    ADD COLUMN duty_regime  VARCHAR(20)  NOT NULL DEFAULT 'THREE_FIXED',
    ADD COLUMN duty_post    VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN duty_team    VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN duty_vehicle VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN duty_phone   VARCHAR(40)  NOT NULL DEFAULT '';
UPDATE routing_linkage_unit
   SET duty_regime = CASE tier WHEN 1 THEN 'FOUR_FIXED' WHEN 2 THEN 'THREE_FIXED' ELSE 'THREE_IN_PLACE' END;
ALTER TABLE routing_linkage_unit
    ADD CONSTRAINT ck_unit_duty_regime CHECK (duty_regime IN ('FOUR_FIXED', 'THREE_FIXED', 'THREE_IN_PLACE'));

-- The duty roster: who of a unit is on duty when, shown to the dispatcher who sends the unit an
-- order. A shift taken off the roster is kept, with who took it off and why.
CREATE TABLE routing_duty_shift (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code      VARCHAR(40)  NOT NULL,
    person_name    VARCHAR(60)  NOT NULL,
    phone          VARCHAR(40)  NOT NULL,
    duty           VARCHAR(60)  NOT NULL DEFAULT '',
    starts_at      DATETIME(6)  NOT NULL,
    ends_at        DATETIME(6)  NOT NULL,
    created_by     VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    removed_by     VARCHAR(100) NULL,
    removed_at     DATETIME(6)  NULL,
    removed_reason VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_duty_unit_time (unit_code, starts_at),
    CONSTRAINT fk_duty_unit FOREIGN KEY (unit_code) REFERENCES routing_linkage_unit (code),
    CONSTRAINT ck_duty_span CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The deadline rules an instruction was given when it was dispatched (stage=amount unit, ...), so
-- a later change of the deadline table never moves what was already sent.
ALTER TABLE routing_instruction ADD COLUMN deadline_rules VARCHAR(400) NULL;

-- An operator's extension request is signed off by the unit's head (签批) before the office sees it.
ALTER TABLE routing_instruction_record
    ADD COLUMN signed_off_by VARCHAR(100) NULL,
    ADD COLUMN signed_off_at DATETIME(6)  NULL;
UPDATE routing_instruction_record SET signed_off_by = recorded_by, signed_off_at = recorded_at
 WHERE kind = 'EXTENSION' AND head_name IS NOT NULL;

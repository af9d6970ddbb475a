-- Daily sampling of closed orders (每日警单抽检): the day drawn, the seed that reproduces the draw,
-- each drawn order reviewed against the checklist, and rectification requests to units.
CREATE TABLE supervision_checklist_item (
    code       VARCHAR(30)  NOT NULL,
    position   INT          NOT NULL,
    label_zh   VARCHAR(100) NOT NULL,
    label_en   VARCHAR(150) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The checklist of 002 (督导检查要点); the office edits it as data.
INSERT INTO supervision_checklist_item (code, position, label_zh, label_en) VALUES
    ('SIGNED_IN_TIME', 1, '按时签收', 'Signed for in time'),
    ('CALLER_CONTACTED', 2, '及时联系报警人', 'Caller contacted in time'),
    ('ON_SCENE_IN_TIME', 3, '按时到场处置', 'On scene in time'),
    ('FEEDBACK_TRUE', 4, '反馈内容真实完整', 'Feedback true and complete'),
    ('RESULT_PROPER', 5, '处置结果规范、群众诉求得到回应', 'Result proper, the citizen answered'),
    ('NO_BUCK_PASSING', 6, '无推诿扯皮、无不当退单', 'No buck-passing, no improper return');

CREATE TABLE supervision_sample (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    day         DATE         NOT NULL,
    seed        BIGINT       NOT NULL,
    size        INT          NOT NULL,
    stratify    VARCHAR(10)  NOT NULL,
    candidates  INT          NOT NULL,
    drawn_by    VARCHAR(100) NOT NULL,
    drawn_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sample_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_sample_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    version     BIGINT        NOT NULL DEFAULT 0,
    sample_id   BIGINT        NOT NULL,
    incident_id BIGINT        NOT NULL,
    unit_code   VARCHAR(40)   NULL,
    item_code   VARCHAR(6)    NULL,
    flagged     BOOLEAN       NOT NULL,
    status      VARCHAR(10)   NOT NULL,
    findings    TEXT          NULL,
    defect      BOOLEAN       NULL,
    note        VARCHAR(1000) NULL,
    reviewed_by VARCHAR(100)  NULL,
    reviewed_at DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_sample_item (sample_id, incident_id),
    CONSTRAINT fk_sample_item_sample FOREIGN KEY (sample_id) REFERENCES supervision_sample (id),
    CONSTRAINT ck_sample_item_status CHECK (status IN ('PENDING', 'REVIEWED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_rectification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    sample_item_id BIGINT        NOT NULL,
    incident_id    BIGINT        NOT NULL,
    unit_code      VARCHAR(40)   NOT NULL,
    request        VARCHAR(2000) NOT NULL,
    requested_by   VARCHAR(100)  NOT NULL,
    requested_at   DATETIME(6)   NOT NULL,
    due_at         DATETIME(6)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    answer         VARCHAR(2000) NULL,
    answered_by    VARCHAR(100)  NULL,
    answered_at    DATETIME(6)   NULL,
    decision_note  VARCHAR(1000) NULL,
    decided_by     VARCHAR(100)  NULL,
    decided_at     DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_rectification_unit (unit_code, status),
    CONSTRAINT fk_rectification_item FOREIGN KEY (sample_item_id) REFERENCES supervision_sample_item (id),
    CONSTRAINT ck_rectification_status CHECK (status IN ('OPEN', 'ANSWERED', 'ACCEPTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A failed callback flags its order for the next sampling; the draw that takes it records it.
ALTER TABLE supervision_callback ADD COLUMN sampled_in BIGINT NULL, ADD KEY ix_callback_flagged (flagged_for_sampling, sampled_in);

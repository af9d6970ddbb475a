-- The quarterly assessment (考核) scores each unit from its rates: the weight of each figure, from
-- the targets of 000 (响应率100%、办结率90%以上、满意度95%以上、重复报警率10%以下) and the six
-- rates of 002 (签收率、分流率、反馈率、办结率、回流率、投诉率; the diversion rate is the office's,
-- not a unit's). Kept as data: the office changes a weight here, not in code.
CREATE TABLE supervision_assessment_weight (
    figure_code VARCHAR(40)  NOT NULL,
    weight      INT          NOT NULL,
    source      VARCHAR(200) NOT NULL,
    PRIMARY KEY (figure_code),
    CONSTRAINT ck_assessment_weight CHECK (weight >= 0 AND weight <= 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO supervision_assessment_weight (figure_code, weight, source) VALUES
    ('RESPONSE', 15, '000 响应率100%'),
    ('COMPLETION', 20, '000 办结率90%以上; 002 办结率'),
    ('SATISFACTION', 15, '000 满意度95%以上'),
    ('REPEAT', 10, '000 重复报警率10%以下'),
    ('SIGN_FOR', 10, '002 签收率'),
    ('FEEDBACK', 10, '002 反馈率'),
    ('BOUNCE_BACK', 10, '002 回流率'),
    ('COMPLAINT', 10, '002 投诉率');

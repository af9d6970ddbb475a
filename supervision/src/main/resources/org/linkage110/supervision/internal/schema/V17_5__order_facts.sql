-- The daily facts are kept current by the changes that move them (issue 17): each order's own
-- contribution is kept in supervision_order_fact, one row per (order, unit, tier) it counts for,
-- and a change of the order moves supervision_daily_fact by the difference between the order's
-- old and new rows, under the lock of the order's head row. Re-applying an order's facts moves
-- nothing; the nightly check rebuilds days from the raw orders and reports what differed.
CREATE TABLE supervision_order_fact_head (
    incident_id BIGINT      NOT NULL PRIMARY KEY,
    applied_at  DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_order_fact (
    incident_id          BIGINT      NOT NULL,
    unit_code            VARCHAR(40) NOT NULL,
    tier                 TINYINT     NOT NULL,
    day                  DATE        NOT NULL,
    sub_district         VARCHAR(40) NOT NULL,
    category             VARCHAR(3)  NOT NULL,
    received             INT NOT NULL DEFAULT 0,
    diverted             INT NOT NULL DEFAULT 0,
    closed               INT NOT NULL DEFAULT 0,
    sent_to_police       INT NOT NULL DEFAULT 0,
    repeats              INT NOT NULL DEFAULT 0,
    dispatched           INT NOT NULL DEFAULT 0,
    signed               INT NOT NULL DEFAULT 0,
    signed_on_time       INT NOT NULL DEFAULT 0,
    fed_back             INT NOT NULL DEFAULT 0,
    returned             INT NOT NULL DEFAULT 0,
    callbacks_done       INT NOT NULL DEFAULT 0,
    satisfaction_answers INT NOT NULL DEFAULT 0,
    satisfied            INT NOT NULL DEFAULT 0,
    complaints           INT NOT NULL DEFAULT 0,
    unresolved           INT NOT NULL DEFAULT 0,
    sign_due             INT NOT NULL DEFAULT 0,
    sign_on_time         INT NOT NULL DEFAULT 0,
    contact_due          INT NOT NULL DEFAULT 0,
    contact_on_time      INT NOT NULL DEFAULT 0,
    arrive_due           INT NOT NULL DEFAULT 0,
    arrive_on_time       INT NOT NULL DEFAULT 0,
    report_due           INT NOT NULL DEFAULT 0,
    report_on_time       INT NOT NULL DEFAULT 0,
    result_due           INT NOT NULL DEFAULT 0,
    result_on_time       INT NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, unit_code, tier),
    KEY ix_order_fact_day (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Days the sweep built before there were order facts: a change does not move them (it would count
-- its order twice) until they are rebuilt once from the raw orders, which empties this list.
CREATE TABLE supervision_fact_legacy_day (
    day DATE NOT NULL PRIMARY KEY
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO supervision_fact_legacy_day (day) SELECT DISTINCT day FROM supervision_daily_fact;

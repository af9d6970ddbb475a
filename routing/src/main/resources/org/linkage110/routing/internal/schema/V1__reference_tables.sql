-- Linkage units in three tiers (003), with the history of every tier change.
CREATE TABLE routing_linkage_unit (
    code    VARCHAR(40)  NOT NULL,
    version BIGINT       NOT NULL DEFAULT 0,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(150) NOT NULL,
    tier    TINYINT      NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    PRIMARY KEY (code),
    CONSTRAINT ck_unit_tier CHECK (tier BETWEEN 1 AND 3),
    CONSTRAINT ck_unit_kind CHECK (kind IN ('POLICE', 'DEPARTMENT', 'SUB_DISTRICT', 'SERVICE_CENTRE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE routing_unit_tier_change (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    unit_code      VARCHAR(40)  NOT NULL,
    tier           TINYINT      NOT NULL,
    effective_from DATETIME(6)  NOT NULL,
    changed_by     VARCHAR(100) NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_tier_change_unit (unit_code, effective_from),
    CONSTRAINT fk_tier_change_unit FOREIGN KEY (unit_code) REFERENCES routing_linkage_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Responsibility list (权责清单): taxonomy item -> lead department and default co-units.
-- item_code names an intake taxonomy item by its code (a shared identifier, no cross-module key).
CREATE TABLE routing_responsibility (
    item_code      VARCHAR(6)  NOT NULL,
    version        BIGINT      NOT NULL DEFAULT 0,
    lead_unit_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (item_code),
    CONSTRAINT fk_responsibility_lead FOREIGN KEY (lead_unit_code) REFERENCES routing_linkage_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE routing_responsibility_co_unit (
    item_code VARCHAR(6)  NOT NULL,
    unit_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (item_code, unit_code),
    CONSTRAINT fk_co_unit_item FOREIGN KEY (item_code) REFERENCES routing_responsibility (item_code),
    CONSTRAINT fk_co_unit_unit FOREIGN KEY (unit_code) REFERENCES routing_linkage_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Territorial first (属地管理优先): grids of each sub-district and the address words that name them.
CREATE TABLE routing_grid (
    grid_code VARCHAR(50)  NOT NULL,
    unit_code VARCHAR(40)  NOT NULL,
    name_zh   VARCHAR(100) NOT NULL,
    PRIMARY KEY (grid_code),
    CONSTRAINT fk_grid_unit FOREIGN KEY (unit_code) REFERENCES routing_linkage_unit (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE routing_grid_keyword (
    keyword   VARCHAR(50) NOT NULL,
    grid_code VARCHAR(50) NOT NULL,
    PRIMARY KEY (keyword),
    CONSTRAINT fk_grid_keyword_grid FOREIGN KEY (grid_code) REFERENCES routing_grid (grid_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deadlines per instruction level and unit class (003's table, 000's town standard).
CREATE TABLE routing_deadline_rule (
    level      TINYINT     NOT NULL,
    unit_class VARCHAR(20) NOT NULL,
    stage      VARCHAR(30) NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0,
    amount     INT         NOT NULL,
    unit       VARCHAR(20) NOT NULL,
    PRIMARY KEY (level, unit_class, stage),
    CONSTRAINT ck_deadline_amount CHECK (amount > 0),
    CONSTRAINT ck_deadline_unit CHECK (unit IN ('MINUTES', 'HOURS', 'WORKING_DAYS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Holiday calendar: official holidays and make-up working days.
CREATE TABLE routing_calendar_day (
    day     DATE         NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    name_zh VARCHAR(40)  NOT NULL,
    note    VARCHAR(200) NULL,
    PRIMARY KEY (day),
    CONSTRAINT ck_calendar_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

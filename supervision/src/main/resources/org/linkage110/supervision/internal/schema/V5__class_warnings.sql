-- "From one case to one class" (一件事处置 → 一类事预警, 002): the same item at one place or in one
-- grid too often in a window raises a class warning to the office, with the orders behind it; the
-- office turns it into a warning notice for the responsible department, or dismisses it.
CREATE TABLE supervision_class_warning (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    version       BIGINT        NOT NULL DEFAULT 0,
    item_code     VARCHAR(6)    NOT NULL,
    place_kind    VARCHAR(5)    NOT NULL,
    place         VARCHAR(500)  NOT NULL,
    order_ids     TEXT          NOT NULL,
    order_count   INT           NOT NULL,
    raised_at     DATETIME(6)   NOT NULL,
    updated_at    DATETIME(6)   NOT NULL,
    status        VARCHAR(10)   NOT NULL,
    instrument_id BIGINT        NULL,
    decided_by    VARCHAR(100)  NULL,
    decided_at    DATETIME(6)   NULL,
    note          VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_class_warning (item_code, place_kind, place(200)),
    KEY ix_class_warning_status (status, updated_at),
    CONSTRAINT ck_class_warning_kind CHECK (place_kind IN ('PLACE', 'GRID')),
    CONSTRAINT ck_class_warning_status CHECK (status IN ('OPEN', 'ISSUED', 'DISMISSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reports as issued (001's monthly bulletin, 000's quarterly assessment): the figures they were
-- made of and the PDF and Excel files, kept as they were; a report once issued never changes.
CREATE TABLE supervision_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(25)  NOT NULL,
    period_from DATE         NOT NULL,
    period_to   DATE         NOT NULL,
    title       VARCHAR(200) NOT NULL,
    figures     LONGTEXT     NOT NULL,
    pdf         LONGBLOB     NOT NULL,
    xlsx        LONGBLOB     NOT NULL,
    issued_by   VARCHAR(100) NOT NULL,
    issued_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_period (kind, period_from, period_to),
    CONSTRAINT ck_report_kind CHECK (kind IN ('MONTHLY_BULLETIN', 'QUARTERLY_ASSESSMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reports are archives: the database refuses to change or remove one.
CREATE TRIGGER supervision_report_no_update BEFORE UPDATE ON supervision_report FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued report never changes';
CREATE TRIGGER supervision_report_no_delete BEFORE DELETE ON supervision_report FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued report is never removed';

-- Each report's parts: the same report for one unit and for one sub-district (000's quarterly
-- assessment per unit and per sub-district; the monthly bulletin likewise), issued with it in the
-- same transaction and, like it, never changed or removed. A unit's head reads their own unit's.
CREATE TABLE supervision_report_part (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    report_id  BIGINT       NOT NULL,
    scope      VARCHAR(15)  NOT NULL,
    scope_code VARCHAR(40)  NOT NULL,
    title      VARCHAR(250) NOT NULL,
    pdf        LONGBLOB     NOT NULL,
    xlsx       LONGBLOB     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_part (report_id, scope, scope_code),
    KEY ix_report_part_code (scope_code, report_id),
    CONSTRAINT fk_report_part_report FOREIGN KEY (report_id) REFERENCES supervision_report (id),
    CONSTRAINT ck_report_part_scope CHECK (scope IN ('UNIT', 'SUB_DISTRICT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER supervision_report_part_no_update BEFORE UPDATE ON supervision_report_part FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued report never changes';
CREATE TRIGGER supervision_report_part_no_delete BEFORE DELETE ON supervision_report_part FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an issued report is never removed';

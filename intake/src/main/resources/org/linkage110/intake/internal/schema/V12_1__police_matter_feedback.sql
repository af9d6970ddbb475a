-- 110's feedback on a police matter 12345 forwarded (001: an emergency one within the hour), sent
-- back to 12345; the watch warns the office once when an emergency one's hour passes without it.
ALTER TABLE intake_police_matter
    ADD COLUMN feedback          VARCHAR(2000) NULL,
    ADD COLUMN feedback_at       DATETIME(6)   NULL,
    ADD COLUMN feedback_by       VARCHAR(100)  NULL,
    ADD COLUMN overdue_warned_at DATETIME(6)   NULL;
CREATE INDEX ix_police_matter_waiting ON intake_police_matter (feedback_at, feedback_due_at);

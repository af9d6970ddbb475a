-- 限时销号 (002): an instrument is closed unit by unit when the office accepts the unit's answer,
-- by a closing deadline; an answer the office refuses goes back to the unit with the reason, and
-- a unit not closed by the deadline is escalated once.
ALTER TABLE supervision_instrument ADD COLUMN close_due DATETIME(6) NULL;
UPDATE supervision_instrument SET close_due = DATE_ADD(answer_due, INTERVAL 7 DAY) WHERE close_due IS NULL;
ALTER TABLE supervision_instrument_recipient
    ADD COLUMN closed_at          DATETIME(6)  NULL,
    ADD COLUMN closed_by          VARCHAR(100) NULL,
    ADD COLUMN refusal            TEXT         NULL,
    ADD COLUMN close_escalated_at DATETIME(6)  NULL;
CREATE INDEX ix_recipient_closing ON supervision_instrument_recipient (closed_at, close_escalated_at);

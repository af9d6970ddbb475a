-- The order's lifecycle in full (OrderLifecycle): dispatched, diverted to 12345, results in and
-- reopened join the statuses. Orders in handling that nobody signed for yet become DISPATCHED.
ALTER TABLE routing_order DROP CONSTRAINT ck_order_status;
ALTER TABLE routing_order ADD CONSTRAINT ck_order_status CHECK (status IN ('RECEIVED', 'AWAITING_ASSESSMENT',
    'DISPATCHED', 'DIVERTED_TO_12345', 'IN_HANDLING', 'NEEDS_REASSESSMENT', 'RESULTS_IN', 'CLOSED', 'REOPENED',
    'SENT_TO_POLICE'));

-- What the office decided beside the lead (the co-units), and who sent the order back (退单) with
-- what reason, so that reassessment proposes another unit.
ALTER TABLE routing_order
    ADD COLUMN co_units           VARCHAR(500)  NOT NULL DEFAULT '',
    ADD COLUMN returned_by        VARCHAR(500)  NOT NULL DEFAULT '',
    ADD COLUMN last_return_reason VARCHAR(2000) NULL;

UPDATE routing_order o SET status = 'DISPATCHED' WHERE status = 'IN_HANDLING'
   AND NOT EXISTS (SELECT 1 FROM routing_instruction i WHERE i.incident_id = o.incident_id AND i.signed_at IS NOT NULL);

-- A stage that no longer applies is closed with why (NOT_APPLICABLE), never left open to be marked overdue.
ALTER TABLE routing_instruction_stage DROP CONSTRAINT ck_stage_outcome;
ALTER TABLE routing_instruction_stage
    MODIFY COLUMN outcome VARCHAR(20) NULL,
    ADD COLUMN note     VARCHAR(200) NULL,
    ADD COLUMN reopened BOOLEAN      NOT NULL DEFAULT FALSE;
ALTER TABLE routing_instruction_stage ADD CONSTRAINT ck_stage_outcome
    CHECK (outcome IS NULL OR outcome IN ('DONE', 'SKIPPED', 'NOT_APPLICABLE'));

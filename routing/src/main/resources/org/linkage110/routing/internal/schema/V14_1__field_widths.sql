-- Every column that keeps what intake accepts or what a person says with an action is at least as
-- wide as the API allows (FieldLimits): a 500-character address and 4,000-character texts were
-- accepted and then refused by the database (500) before.
ALTER TABLE routing_order
    MODIFY address                VARCHAR(500) NOT NULL,
    MODIFY override_reason        TEXT         NULL,
    MODIFY last_return_reason     TEXT         NULL,
    MODIFY police_dispatch_reason TEXT         NULL;
ALTER TABLE routing_instruction
    MODIFY return_reason TEXT NULL,
    MODIFY reopen_reason TEXT NULL;
ALTER TABLE routing_instruction_record
    MODIFY text          TEXT NOT NULL,
    MODIFY decision_note TEXT NULL;

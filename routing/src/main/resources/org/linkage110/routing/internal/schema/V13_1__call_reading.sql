-- What a proposal rests on besides the given flags (issue 13): the flags inferred from the
-- description (only those the call-taker did not give), whether it looks like police business
-- (疑似警务警情), the reading itself as JSON (the words of each flag, escalation, the police
-- evidence, the best items), and why a suspected police matter was dispatched anyway.
ALTER TABLE routing_order
    ADD COLUMN inferred_on_scene_dispute   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN inferred_threat_to_safety   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN inferred_utilities_hazard   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN inferred_needs_police_first BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN suspected_police            BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN call_reading                TEXT         NULL,
    ADD COLUMN police_dispatch_reason      VARCHAR(500) NULL;

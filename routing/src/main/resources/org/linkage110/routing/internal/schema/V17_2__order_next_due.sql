-- An order's next deadline, kept on the order: the earliest deadline of an open stage of its
-- instructions still in hand (not returned, confirmed or reported back); NULL when none is open.
-- Routing sets it anew in the transaction of every change of the order, its instructions or their
-- stages (NextDeadline), so that the queue's open tabs read it along an index instead of computing
-- it order by order. Adding a nullable column changes no row (instant); the backfill below is one
-- pass over the open stages.
ALTER TABLE routing_order ADD COLUMN next_due_at DATETIME(6) NULL;

UPDATE routing_order
  JOIN (SELECT routing_instruction.incident_id, MIN(routing_instruction_stage.due_at) AS due
          FROM routing_instruction_stage
          JOIN routing_instruction ON routing_instruction.id = routing_instruction_stage.instruction_id
         WHERE routing_instruction_stage.done_at IS NULL
           AND routing_instruction.status NOT IN ('RETURNED', 'CONFIRMED', 'REPORTED_BACK')
         GROUP BY routing_instruction.incident_id) routing_open_stages
    ON routing_open_stages.incident_id = routing_order.incident_id
   SET routing_order.next_due_at = routing_open_stages.due;

-- Which tab of the queue an order is in, whether it is pinned on top (110's orders waiting for
-- assessment, 001), its urgency (the decided level, or the proposed one before assessment) and its
-- next deadline with "none" last: derived from the row by the database, never written, so that one
-- index holds each open tab in the order the queue shows it. A new status needs its lane here.
ALTER TABLE routing_order
    ADD COLUMN queue_lane VARCHAR(8) CHARACTER SET ascii AS (CASE
        WHEN status IN ('RECEIVED', 'AWAITING_ASSESSMENT') THEN 'AWAITING'
        WHEN status = 'NEEDS_REASSESSMENT' THEN 'RETURNED'
        WHEN status IN ('DISPATCHED', 'DIVERTED_TO_12345', 'IN_HANDLING', 'RESULTS_IN', 'REOPENED') THEN 'HANDLING'
        WHEN status IN ('CLOSED', 'SENT_TO_POLICE') THEN 'CLOSED' END) VIRTUAL,
    ADD COLUMN queue_pinned BOOLEAN AS (source = 'PLATFORM_110'
        AND status IN ('RECEIVED', 'AWAITING_ASSESSMENT', 'NEEDS_REASSESSMENT')) VIRTUAL,
    ADD COLUMN queue_urgency TINYINT AS (COALESCE(level, proposed_level)) VIRTUAL,
    ADD COLUMN queue_due DATETIME(6) AS (COALESCE(next_due_at, TIMESTAMP '9999-12-31 23:59:59.999999')) VIRTUAL;

-- The open tabs' first page is the first rows of their lane in this index, whatever the tab holds;
-- the due-soon and overdue tabs (and their counts) are a range of the second.
ALTER TABLE routing_order
    ADD KEY ix_order_queue (queue_lane, queue_pinned DESC, queue_urgency, queue_due, received_at DESC, incident_id DESC),
    ADD KEY ix_order_lane_due (queue_lane, queue_due);

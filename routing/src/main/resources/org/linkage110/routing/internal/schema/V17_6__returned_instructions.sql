-- The items units sent back (the dashboard's disputed items, FigureSource.disputedItems): read from
-- the returned instructions of the period, by status and dispatch time, instead of walking every
-- order received in it.
ALTER TABLE routing_instruction
    ADD KEY ix_instruction_returned (status, dispatched_at),
    ALGORITHM = INPLACE, LOCK = NONE;

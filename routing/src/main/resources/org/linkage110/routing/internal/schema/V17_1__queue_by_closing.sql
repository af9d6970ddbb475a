-- The queue's closed tab reads the newest closed orders first: along this index it reads one page
-- of them, not a sort of every order ever closed. Only closed orders (and those sent to 110) have
-- a closing time.
ALTER TABLE routing_order ADD KEY ix_order_closed_at (closed_at);

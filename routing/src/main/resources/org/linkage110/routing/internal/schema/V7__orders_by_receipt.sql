-- The figures read the orders of one day of receipt (supervision's daily facts, the drill-down):
-- without this index each read scans every order.
ALTER TABLE routing_order ADD KEY ix_order_received (received_at);

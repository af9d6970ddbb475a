-- Orders that are simulated alerts (模拟报警临检). Kept apart from routing_order, which every
-- unit-facing read comes from: nothing a unit sees says "drill". For these orders routing sends
-- nothing to 110 or 12345.
CREATE TABLE routing_drill (
    incident_id BIGINT      NOT NULL,
    marked_at   DATETIME(6) NOT NULL,
    PRIMARY KEY (incident_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Daily sampling draws yesterday's closed orders.
ALTER TABLE routing_order ADD KEY ix_order_closed (status, closed_at);

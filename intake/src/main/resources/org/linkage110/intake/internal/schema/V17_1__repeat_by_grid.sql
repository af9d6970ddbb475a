-- Repeat calls by the grid the sender named: an index of its own, as the place and the caller have,
-- so that each of the three is one short lookup (IncidentRepository.openOrderRepeatedBy) and never
-- a walk of every call received in the window.
ALTER TABLE intake_incident
    ADD KEY ix_repeat_grid (category_code, grid_code, status, received_at),
    ALGORITHM = INPLACE, LOCK = NONE;

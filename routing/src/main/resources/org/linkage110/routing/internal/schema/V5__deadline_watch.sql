-- The deadline watch's state on each stage: when the warning (预警) and the overdue mark were
-- raised. A stage is claimed by a conditional update, so each is raised once even when two
-- servers sweep at the same moment. Indexed so that a sweep reads only the stages it must act on.
ALTER TABLE routing_instruction_stage
    ADD COLUMN warned_at  DATETIME(6) NULL,
    ADD COLUMN overdue_at DATETIME(6) NULL,
    ADD KEY ix_stage_to_warn (done_at, warned_at, due_at),
    ADD KEY ix_stage_to_mark_overdue (done_at, overdue_at, due_at);

-- The field steps a unit records the time of (contacting the caller, pulling video, departing,
-- arriving) are recorded once per handling; the instruction keeps which ones it has recorded.
ALTER TABLE routing_instruction
    ADD COLUMN steps_recorded VARCHAR(100) NULL;

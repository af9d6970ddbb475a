-- The office's and the units' texts are as long as the API allows (FieldLimits.TEXT).
ALTER TABLE supervision_callback MODIFY comment TEXT NULL;
ALTER TABLE supervision_rectification
    MODIFY request       TEXT NOT NULL,
    MODIFY answer        TEXT NULL,
    MODIFY decision_note TEXT NULL;
ALTER TABLE supervision_sample_item MODIFY note TEXT NULL;
ALTER TABLE supervision_class_warning MODIFY note TEXT NULL;

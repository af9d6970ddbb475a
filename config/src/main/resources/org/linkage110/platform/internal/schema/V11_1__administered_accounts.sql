-- Accounts administered in the system: the unit head role, one-time passwords that must be
-- changed at the next sign-in, and when each account last signed in.
ALTER TABLE platform_account_role DROP CONSTRAINT ck_account_role;
ALTER TABLE platform_account_role ADD CONSTRAINT ck_account_role
    CHECK (role IN ('DISPATCHER', 'UNIT_OPERATOR', 'UNIT_HEAD', 'SUPERVISOR', 'ADMIN'));

ALTER TABLE platform_account
    ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN password_changed_at  DATETIME(6) NULL,
    ADD COLUMN last_sign_in_at      DATETIME(6) NULL,
    ADD KEY ix_account_unit (unit_code);

-- API clients: the calls each may make, a previous secret still valid during a rotation's
-- overlap, and revocation (a revoked client is never accepted again).
ALTER TABLE platform_api_client
    ADD COLUMN allowed_calls        VARCHAR(200) NOT NULL DEFAULT '',
    ADD COLUMN previous_secret_hash CHAR(64)     NULL,
    ADD COLUMN previous_valid_until DATETIME(6)  NULL,
    ADD COLUMN rotated_at           DATETIME(6)  NULL,
    ADD COLUMN revoked_at           DATETIME(6)  NULL,
    ADD COLUMN revoked_reason       VARCHAR(500) NULL;

UPDATE platform_api_client SET allowed_calls = 'INCIDENTS,POLICE_MATTERS' WHERE agency = '110';
UPDATE platform_api_client SET allowed_calls = 'INCIDENTS,POLICE_MATTERS,INSTRUCTIONS' WHERE agency = '12345';
UPDATE platform_api_client SET allowed_calls = 'INSTRUCTIONS' WHERE agency NOT IN ('110', '12345');

-- Failed sign-ins per subject (an account name, known or not, or an API client id): counted in a
-- window, and the subject locked for a while (or until an administrator unlocks it) at the limit.
CREATE TABLE platform_sign_in_guard (
    subject      VARCHAR(130) NOT NULL,
    failures     INT          NOT NULL,
    window_start DATETIME(6)  NOT NULL,
    locked_until DATETIME(6)  NULL,
    PRIMARY KEY (subject),
    KEY ix_guard_window (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every change of reference data the office keeps in the system: which entry, its state before
-- and after, why, who, and from when it applies (a change may be scheduled for later: PENDING until
-- then, APPLIED once in effect, FAILED when it no longer fitted the data at its moment).
CREATE TABLE platform_reference_revision (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    kind           VARCHAR(40)   NOT NULL,
    entry_key      VARCHAR(120)  NOT NULL,
    state_before   TEXT          NULL,
    state_after    TEXT          NULL,
    reason         VARCHAR(500)  NOT NULL,
    changed_by     VARCHAR(100)  NOT NULL,
    changed_at     DATETIME(6)   NOT NULL,
    effective_from DATETIME(6)   NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    applied_at     DATETIME(6)   NULL,
    failure        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    KEY ix_revision_entry (kind, entry_key, id),
    KEY ix_revision_due (status, effective_from),
    CONSTRAINT ck_revision_status CHECK (status IN ('PENDING', 'APPLYING', 'APPLIED', 'FAILED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People who sign in to the portal (PBKDF2 hashes only) and their roles.
CREATE TABLE platform_account (
    username             VARCHAR(60)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    password_hash        VARCHAR(300) NOT NULL,
    display_name_zh      VARCHAR(100) NOT NULL,
    display_name_en      VARCHAR(150) NOT NULL,
    unit_code            VARCHAR(40)  NULL,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE platform_account_role (
    username VARCHAR(60) NOT NULL,
    role     VARCHAR(20) NOT NULL,
    PRIMARY KEY (username, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (username) REFERENCES platform_account (username),
    CONSTRAINT ck_account_role CHECK (role IN ('DISPATCHER', 'UNIT_OPERATOR', 'SUPERVISOR', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Other agencies' systems calling the API: one credential per client, scoped to its agency.
-- The secret is random and long, so its SHA-256 is stored (a slow hash would tax every call).
CREATE TABLE platform_api_client (
    client_id   VARCHAR(60)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    secret_hash CHAR(64)     NOT NULL,
    agency      VARCHAR(40)  NOT NULL,
    name_zh     VARCHAR(100) NOT NULL,
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Accounts, their activation tokens, the registry of issued Tracking-IDs, and API keys.
-- Portable between MySQL 8 / MariaDB and H2 in MySQL mode. No foreign keys (Vitess style): use cases delete
-- per user. Texts are compared in code (canonical e-mail), so columns use a binary collation.

CREATE TABLE account (
    user_id          CHAR(36)     NOT NULL,
    partner_id       VARCHAR(64)  NOT NULL,
    external_id      VARCHAR(100) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    email_canonical  VARCHAR(254) NOT NULL,
    name             VARCHAR(400) NOT NULL,
    contract_status  VARCHAR(20)  NOT NULL,
    archived_at      DATETIME(3)  NULL,
    deletion_due_at  DATETIME(3)  NULL,
    tracking_id      VARCHAR(32)  NOT NULL,
    statistics_id    CHAR(22)     NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    version          BIGINT       NOT NULL,
    PRIMARY KEY (user_id),
    UNIQUE KEY uq_account_partner_external (partner_id, external_id),
    UNIQUE KEY uq_account_email (email_canonical),
    UNIQUE KEY uq_account_tracking_id (tracking_id),
    UNIQUE KEY uq_account_statistics_id (statistics_id),
    KEY ix_account_deletion_due (deletion_due_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Every Tracking-ID ever issued; rows outlive their accounts (they then name no one) so no ID is issued twice.
CREATE TABLE tracking_id_registry (
    tracking_id  VARCHAR(32) NOT NULL,
    issued_at    DATETIME(3) NOT NULL,
    PRIMARY KEY (tracking_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- SHA-256 of one-time activation tokens; the token itself is never stored.
CREATE TABLE activation_token (
    token_hash  CHAR(64)    NOT NULL,
    user_id     CHAR(36)    NOT NULL,
    issued_at   DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_activation_token_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- SHA-256 of partner and operator API keys.
CREATE TABLE api_key (
    id          CHAR(36)    NOT NULL,
    role        VARCHAR(16) NOT NULL,
    name        VARCHAR(64) NOT NULL,
    key_hash    CHAR(64)    NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_api_key_hash (key_hash),
    KEY ix_api_key_role (role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

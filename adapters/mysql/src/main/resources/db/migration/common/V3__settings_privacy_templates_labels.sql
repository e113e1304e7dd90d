-- What the user sets up (privacy policy 5.4): settings with daily goals, privacy switches and the consent history
-- behind them, message templates, tags and categories. Every row carries user_id and lives as long as the account.

-- No row: the defaults. version counts saves (the ETag).
CREATE TABLE user_settings (
    user_id     CHAR(36)    NOT NULL,
    language    VARCHAR(8)  NOT NULL,
    time_zone   VARCHAR(64) NOT NULL,
    version     BIGINT      NOT NULL,
    updated_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE daily_goal (
    user_id  CHAR(36)    NOT NULL,
    action   VARCHAR(40) NOT NULL,
    target   INT         NOT NULL,
    PRIMARY KEY (user_id, action)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE privacy_settings (
    user_id                   CHAR(36)    NOT NULL,
    error_reporting           BOOLEAN     NOT NULL,
    statistics                BOOLEAN     NOT NULL,
    analytics_identification  BOOLEAN     NOT NULL,
    version                   BIGINT      NOT NULL,
    updated_at                DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Append-only: the code has no statement that changes or deletes a row (until the account is deleted).
CREATE TABLE consent_event (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    user_id         CHAR(36)    NOT NULL,
    purpose         VARCHAR(40) NOT NULL,
    decision        VARCHAR(16) NOT NULL,
    at              DATETIME(3) NOT NULL,
    policy_version  VARCHAR(40) NOT NULL,
    source          VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_consent_event_user (user_id, at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE message_template (
    template_id     CHAR(36)     NOT NULL,
    user_id         CHAR(36)     NOT NULL,
    name            VARCHAR(400) NOT NULL,
    name_canonical  VARCHAR(400) NOT NULL,
    body            TEXT         NOT NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (template_id),
    UNIQUE KEY uq_message_template_name (user_id, name_canonical)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Tags and categories (kind); only categories use priority.
CREATE TABLE label (
    label_id        CHAR(36)     NOT NULL,
    user_id         CHAR(36)     NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    name_canonical  VARCHAR(200) NOT NULL,
    colour          CHAR(7)      NOT NULL,
    priority        INT          NULL,
    version         BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (label_id),
    UNIQUE KEY uq_label_name (user_id, kind, name_canonical)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Data-subject rights (issue 9): objection switches beside the consents, the restriction of processing with its
-- history, and the data-subject requests the operator records. Every row carries user_id; the register of personal
-- data declares each table (categories privacy_switches, processing_restriction, data_subject_requests).

-- Objection (Art. 21 GDPR): on until the user objects, so existing users keep them on.
ALTER TABLE privacy_settings ADD COLUMN product_analytics BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE privacy_settings ADD COLUMN recommendations BOOLEAN DEFAULT TRUE NOT NULL;

-- Restriction (Art. 18 GDPR): one row while a user's processing is restricted; the primary key makes setting it
-- twice a no-op.
CREATE TABLE processing_restriction (
    user_id  CHAR(36)    NOT NULL,
    since    DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Append-only, like consent_event: every time the restriction was set (restricted = TRUE) or lifted.
CREATE TABLE restriction_event (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    user_id     CHAR(36)    NOT NULL,
    restricted  BOOLEAN     NOT NULL,
    at          DATETIME(3) NOT NULL,
    source      VARCHAR(40) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_restriction_event_user (user_id, at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Requests that reached the operator by e-mail or letter. due_at = received_at + 1 month (kept for the worklist's
-- order and the overdue filter); export_id and erasure_id link what was run on the user's behalf.
CREATE TABLE data_subject_request (
    request_id   CHAR(36)     NOT NULL,
    user_id      CHAR(36)     NOT NULL,
    type         VARCHAR(20)  NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    received_at  DATETIME(3)  NOT NULL,
    due_at       DATETIME(3)  NOT NULL,
    note         TEXT         NOT NULL,
    resolution   TEXT         NULL,
    closed_at    DATETIME(3)  NULL,
    export_id    VARCHAR(64)  NULL,
    erasure_id   VARCHAR(64)  NULL,
    recorded_at  DATETIME(3)  NOT NULL,
    updated_at   DATETIME(3)  NOT NULL,
    version      BIGINT       NOT NULL,
    PRIMARY KEY (request_id),
    KEY ix_data_subject_request_due (due_at, request_id),
    KEY ix_data_subject_request_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

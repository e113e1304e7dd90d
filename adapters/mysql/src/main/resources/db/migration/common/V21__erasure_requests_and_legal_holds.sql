-- Erasure requests (issue 9): one per person, found again by a keyed hash of the User-ID (subject). user_id is kept
-- only while the erasure runs (the stores erase by it) and set to NULL when it completes; notify_email only until
-- the confirmation is sent. step and step_items say where to resume; next_attempt_at is both the claim of the
-- worker running it and the backoff after a failure. partner_id and external_id tell the partner which of its
-- accounts is gone (GET /v1/partner/accounts?deletedSince=). Deleted three years after completion.
CREATE TABLE erasure_request (
    erasure_id       CHAR(36)     NOT NULL,
    subject          CHAR(36)     NOT NULL,
    user_id          CHAR(36)     NULL,
    reason           VARCHAR(32)  NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    step             INT          NOT NULL,
    step_items       BIGINT       NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  DATETIME(3)  NOT NULL,
    requested_at     DATETIME(3)  NOT NULL,
    completed_at     DATETIME(3)  NULL,
    notify_email     VARCHAR(254) NULL,
    notify_language  VARCHAR(8)   NOT NULL,
    partner_id       VARCHAR(64)  NOT NULL,
    external_id      VARCHAR(100) NOT NULL,
    PRIMARY KEY (erasure_id),
    UNIQUE KEY uq_erasure_request_subject (subject),
    KEY ix_erasure_request_due (status, next_attempt_at),
    KEY ix_erasure_request_user (user_id),
    KEY ix_erasure_request_partner (partner_id, completed_at, erasure_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Legal holds (Art. 17(3)(e) GDPR): while a row exists, the retention job does not erase the archived account.
CREATE TABLE legal_hold (
    user_id  CHAR(36)     NOT NULL,
    hold_reason  VARCHAR(500) NOT NULL,
    since    DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE INDEX ix_account_archived ON account (contract_status, archived_at);

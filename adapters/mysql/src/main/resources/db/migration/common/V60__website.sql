-- The website (issue 14): contact requests, applications with their documents and interview notes, talent-pool
-- consents. No user_id: visitors and applicants have no account. They are found by e-mail address (email_canonical,
-- the address in lower case) or by the SHA-256 of a link's token. The register declares every table (categories
-- contact_requests, applications, talent_pool); erase_after and ends_at let the retention job find what is due.

-- Every stored request is open: closing (handled) or withdrawing erases the row.
CREATE TABLE contact_request (
    request_id             CHAR(36)      NOT NULL,
    name                   VARCHAR(200)  NOT NULL,
    email                  VARCHAR(254)  NOT NULL,
    email_canonical        VARCHAR(254)  NOT NULL,
    phone                  VARCHAR(40)   NULL,
    company                VARCHAR(200)  NULL,
    message                TEXT          NOT NULL,
    page_url               VARCHAR(2000) NOT NULL,
    received_at            DATETIME(3)   NOT NULL,
    withdrawal_token_hash  CHAR(64)      NOT NULL,
    PRIMARY KEY (request_id),
    UNIQUE KEY uq_contact_request_withdrawal (withdrawal_token_hash),
    KEY ix_contact_request_received (received_at, request_id),
    KEY ix_contact_request_email (email_canonical)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- erase_after: when the retention job erases it (6 months after ended_at, later under a legal hold or in the talent
-- pool); NULL while the process runs.
CREATE TABLE application (
    application_id         CHAR(36)      NOT NULL,
    job_reference          VARCHAR(100)  NOT NULL,
    first_name             VARCHAR(200)  NOT NULL,
    last_name              VARCHAR(200)  NOT NULL,
    email                  VARCHAR(254)  NOT NULL,
    email_canonical        VARCHAR(254)  NOT NULL,
    phone                  VARCHAR(40)   NULL,
    message                TEXT          NULL,
    status                 VARCHAR(20)   NOT NULL,
    received_at            DATETIME(3)   NOT NULL,
    ended_at               DATETIME(3)   NULL,
    hold_reason            VARCHAR(500)  NULL,
    hold_until             DATETIME(3)   NULL,
    hold_placed_at         DATETIME(3)   NULL,
    erase_after            DATETIME(3)   NULL,
    withdrawal_token_hash  CHAR(64)      NOT NULL,
    upload_token_hash      CHAR(64)      NOT NULL,
    upload_until           DATETIME(3)   NOT NULL,
    updated_at             DATETIME(3)   NOT NULL,
    version                BIGINT        NOT NULL,
    PRIMARY KEY (application_id),
    UNIQUE KEY uq_application_withdrawal (withdrawal_token_hash),
    KEY ix_application_received (received_at, application_id),
    KEY ix_application_job (job_reference, received_at, application_id),
    KEY ix_application_status (status, received_at, application_id),
    KEY ix_application_email (email_canonical),
    KEY ix_application_erase_after (erase_after)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- One row per application whose applicant consented to the talent pool; ends_at = consented_at + 2 years.
CREATE TABLE talent_pool_entry (
    application_id         CHAR(36)     NOT NULL,
    consent_text_version   VARCHAR(50)  NOT NULL,
    consented_at           DATETIME(3)  NOT NULL,
    ends_at                DATETIME(3)  NOT NULL,
    withdrawal_token_hash  CHAR(64)     NOT NULL,
    PRIMARY KEY (application_id),
    UNIQUE KEY uq_talent_pool_entry_withdrawal (withdrawal_token_hash),
    KEY ix_talent_pool_entry_consented (consented_at, application_id),
    KEY ix_talent_pool_entry_ends (ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Documents up to 10 MiB each, at most 5 per application, one per file name. The content is kept in parts of at most
-- 1 MiB (application_document_part): one statement never carries more than about 2 MiB (Connector/J sends bytes as
-- hex), far below any server's max_allowed_packet (MariaDB: 16 MiB by default), and a read can go part by part.
CREATE TABLE application_document (
    document_id     CHAR(36)      NOT NULL,
    application_id  CHAR(36)      NOT NULL,
    file_name       VARCHAR(200)  NOT NULL,
    media_type      VARCHAR(100)  NOT NULL,
    size_bytes      INT           NOT NULL,
    uploaded_at     DATETIME(3)   NOT NULL,
    PRIMARY KEY (document_id),
    UNIQUE KEY uq_application_document_name (application_id, file_name),
    KEY ix_application_document_time (application_id, uploaded_at, document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- MEDIUMBLOB holds up to 16 MiB (H2 reads it as BLOB); a part holds at most 1 MiB.
CREATE TABLE application_document_part (
    document_id  CHAR(36)    NOT NULL,
    part_no      INT         NOT NULL,
    content      MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (document_id, part_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Interview notes of the operator's staff; author is the operator key's name.
CREATE TABLE application_note (
    note_id         CHAR(36)     NOT NULL,
    application_id  CHAR(36)     NOT NULL,
    note            TEXT         NOT NULL,
    author          VARCHAR(64)  NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (note_id),
    KEY ix_application_note_application (application_id, created_at, note_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

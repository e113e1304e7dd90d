-- API keys: expiry, revocation and last use; one first key per role, even when several nodes start at once.
-- Blocked addresses: an optional expiry, and a revision every change moves, which the nodes poll.
-- Leases on background jobs, so that one node at a time runs each.

ALTER TABLE api_key ADD COLUMN last_used_at DATETIME(3) NULL;
ALTER TABLE api_key ADD COLUMN expires_at DATETIME(3) NULL;
ALTER TABLE api_key ADD COLUMN revoked_at DATETIME(3) NULL;
-- the role this key is the first key of; NULL for every other key (NULLs do not collide in a unique key)
ALTER TABLE api_key ADD COLUMN first_of_role VARCHAR(16) NULL;
CREATE UNIQUE INDEX uq_api_key_first ON api_key (first_of_role);
CREATE INDEX ix_api_key_name ON api_key (role, name, created_at);

ALTER TABLE blocked_address ADD COLUMN expires_at DATETIME(3) NULL;
CREATE INDEX ix_blocked_address_expiry ON blocked_address (expires_at);

-- One row per topic whose readers poll for changes; the writer moves it in the changing transaction.
CREATE TABLE change_revision (
    topic     VARCHAR(64) NOT NULL,
    revision  BIGINT      NOT NULL,
    PRIMARY KEY (topic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO change_revision (topic, revision) VALUES ('blocked_address', 0);

-- Who runs a background job, until when.
CREATE TABLE job_lease (
    job         VARCHAR(100) NOT NULL,
    holder      VARCHAR(200) NOT NULL,
    expires_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (job)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The retention job's runs (issue 9): when each ran, how many items of each category it deleted, which categories
-- failed. No personal data: category ids and counts, as "sessions=3,one_time_tokens=0".

CREATE TABLE retention_run (
    run_id       CHAR(36)      NOT NULL,
    started_at   DATETIME(3)   NOT NULL,
    finished_at  DATETIME(3)   NOT NULL,
    deleted      VARCHAR(4000) NOT NULL,
    failed       VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id),
    KEY ix_retention_run_started (started_at, run_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

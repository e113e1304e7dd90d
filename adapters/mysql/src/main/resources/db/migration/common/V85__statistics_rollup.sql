-- The daily rollup of the statistics (issue 12's first read of a year): per Statistics-ID and local day of the zone in
-- statistics_rollup_marker, the count of each action and the set of minutes of each activity (bit i: the i-th
-- minute after the local day's start, so that a minute two intakes report counts once, as in the points). Kept by
-- the intake in the transaction that accepts it; only the Statistics-ID, a date and counts, like the points. Days
-- (local_day, complete_from) are days since 1970-01-01 of the local date.
CREATE TABLE statistics_rollup_day (
    statistics_id             CHAR(22)       NOT NULL,
    local_day                 INT            NOT NULL,
    connection_request_sent   INT            NOT NULL DEFAULT 0,
    connection_accepted       INT            NOT NULL DEFAULT 0,
    message_sent              INT            NOT NULL DEFAULT 0,
    follow_up_sent            INT            NOT NULL DEFAULT 0,
    reply_received            INT            NOT NULL DEFAULT 0,
    profile_viewed            INT            NOT NULL DEFAULT 0,
    post_liked                INT            NOT NULL DEFAULT 0,
    post_commented            INT            NOT NULL DEFAULT 0,
    post_published            INT            NOT NULL DEFAULT 0,
    meeting_booked            INT            NOT NULL DEFAULT 0,
    inbox_minutes             VARBINARY(200) NULL,
    prospecting_minutes       VARBINARY(200) NULL,
    profile_visits_minutes    VARBINARY(200) NULL,
    content_minutes           VARBINARY(200) NULL,
    templates_minutes         VARBINARY(200) NULL,
    PRIMARY KEY (statistics_id, local_day),
    KEY ix_statistics_rollup_day_local_day (local_day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Per Statistics-ID: the zone its rollup days are days of, and the first complete one (NULL: every day). A row with
-- time_zone NULL is fresh: written in the transaction that issues the Statistics-ID (provisioning, a withdrawal's
-- replacement), nothing recorded yet, so its first intake makes it complete from the beginning. A Statistics-ID
-- without a row was issued before the rollup began, or by a node without it during the upgrade: it may hold points
-- the rollup lacks, so its first intake makes it complete from the day after. No backfill: nothing reads the
-- account table here, and the rows of Statistics-IDs in no account are deleted by the retention job.
CREATE TABLE statistics_rollup_marker (
    statistics_id  CHAR(22)    NOT NULL,
    time_zone      VARCHAR(64) NULL,
    complete_from  INT         NULL,
    PRIMARY KEY (statistics_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

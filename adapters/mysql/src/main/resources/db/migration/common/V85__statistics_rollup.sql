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

-- Per Statistics-ID: the zone its rollup days are days of, and the first complete one (NULL: every day). time_zone
-- NULL marks a Statistics-ID issued before the rollup began, not yet seen by an intake: it may hold points the
-- rollup lacks, so its rollup starts at its next intake, complete from the day after. A Statistics-ID without a row
-- was issued later and has nothing recorded before its first intake.
CREATE TABLE statistics_rollup_marker (
    statistics_id  CHAR(22)    NOT NULL,
    time_zone      VARCHAR(64) NULL,
    complete_from  INT         NULL,
    PRIMARY KEY (statistics_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO statistics_rollup_marker (statistics_id, time_zone, complete_from)
SELECT statistics_id, NULL, NULL FROM account;

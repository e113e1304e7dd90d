-- Statistics of the embedded mode, packed (issue 12's intake speed): one row per intake and UTC day instead of one row
-- per point. packed holds the points as 8 bytes each (minute of the UTC day, action or activity code, the action's
-- random point number), sorted; still only the Statistics-ID, an action or activity and a minute. A point written
-- twice (a repeated write, an activity minute two intervals cover) may sit in two chunks of its day: reads count it
-- once. first_minute is the oldest point's minute, for the retention job. statistics_point rows of before are moved
-- here at start (JdbiStatisticsStore.moveLegacyPoints).
CREATE TABLE statistics_chunk (
    statistics_id  CHAR(22)         NOT NULL,
    epoch_day      INT              NOT NULL,
    chunk          BIGINT           NOT NULL,
    first_minute   BIGINT           NOT NULL,
    point_count    INT              NOT NULL,
    packed         VARBINARY(16000) NOT NULL,
    PRIMARY KEY (statistics_id, epoch_day, chunk),
    KEY ix_statistics_chunk_first_minute (first_minute)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

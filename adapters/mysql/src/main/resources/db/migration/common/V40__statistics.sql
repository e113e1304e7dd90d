-- Statistics (issue 12). Production keeps the points in InfluxDB; the embedded mode in statistics_point. Both tables
-- hold the Statistics-ID, an action or activity and a UTC minute only: no User-ID, no time below the minute.

-- kind 'a': an action (point_number tells two actions of one minute apart; random, no time);
-- kind 't': a minute of time spent in an activity (point_number 0: a minute counts once per activity).
CREATE TABLE statistics_point (
    statistics_id  CHAR(22)    NOT NULL,
    epoch_minute   BIGINT      NOT NULL,
    kind           CHAR(1)     NOT NULL,
    name           VARCHAR(32) NOT NULL,
    point_number   BIGINT      NOT NULL,
    PRIMARY KEY (statistics_id, epoch_minute, kind, name, point_number),
    KEY ix_statistics_point_minute (epoch_minute)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- What InfluxDB could not take yet, in arrival order: points (kind 'a', 't' as above) and orders to forget a
-- replaced Statistics-ID (kind 'f').
CREATE TABLE statistics_outbox (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    statistics_id  CHAR(22)    NOT NULL,
    kind           CHAR(1)     NOT NULL,
    name           VARCHAR(32) NULL,
    epoch_minute   BIGINT      NULL,
    point_number   BIGINT      NULL,
    PRIMARY KEY (id),
    KEY ix_statistics_outbox_statistics_id (statistics_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

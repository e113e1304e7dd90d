-- "Who to write next" (recommendation capability): a category's cadence, what the user told the suggestions about
-- contacts (snoozes, dismissals per reason), the template suggested per reason (settings), and an index for
-- counting the messages the user sent in a time range (today's progress).

-- NULL: the default (follow-up after 4 days, at most 2 follow-ups, no keep-in-touch). Tags keep NULL.
ALTER TABLE label ADD COLUMN follow_up_after_days INT NULL;
ALTER TABLE label ADD COLUMN max_follow_ups INT NULL;
ALTER TABLE label ADD COLUMN keep_in_touch_days INT NULL;

-- A contact left out of the suggestions until snoozed_until; one row per contact (a new snooze replaces it).
CREATE TABLE recommendation_snooze (
    user_id        CHAR(36)    NOT NULL,
    contact_id     CHAR(36)    NOT NULL,
    snoozed_until  DATETIME(3) NOT NULL,
    created_at     DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- A contact not to be suggested for one reason, until a message either way comes after dismissed_at.
CREATE TABLE recommendation_dismissal (
    user_id       CHAR(36)    NOT NULL,
    contact_id    CHAR(36)    NOT NULL,
    reason        VARCHAR(32) NOT NULL,
    dismissed_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, contact_id, reason)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Settings: the template suggested with each reason (a template deleted later is simply not suggested).
CREATE TABLE default_template (
    user_id      CHAR(36)    NOT NULL,
    reason       VARCHAR(32) NOT NULL,
    template_id  CHAR(36)    NOT NULL,
    PRIMARY KEY (user_id, reason)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Today's messages and follow-ups: one range of the user's outbound messages by time.
CREATE INDEX ix_linkedin_message_sent ON linkedin_message (user_id, outbound, sent_at);

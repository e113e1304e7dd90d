-- The per-user limits on tags, categories and templates hold under concurrent adds: an add locks its owner's count
-- row here (created at 0 with INSERT ... ON DUPLICATE KEY UPDATE, read FOR UPDATE), so the adds of one owner pass one
-- after the other and the second of two racing at limit - 1 finds the limit reached; it raises the count in the same
-- transaction as its insert, and a delete lowers it in the delete's. (Numbered 7 to leave 4-6 to the branches
-- written alongside this one.)

CREATE TABLE label_count (
    user_id  CHAR(36)    NOT NULL,
    kind     VARCHAR(16) NOT NULL,
    labels   INT         NOT NULL,
    PRIMARY KEY (user_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO label_count (user_id, kind, labels) SELECT user_id, kind, COUNT(*) FROM label GROUP BY user_id, kind;

CREATE TABLE template_count (
    user_id    CHAR(36) NOT NULL,
    templates  INT      NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

INSERT INTO template_count (user_id, templates) SELECT user_id, COUNT(*) FROM message_template GROUP BY user_id;

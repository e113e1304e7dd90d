-- The token tables of the embedded mode's search: one row per token of a searched row's search_tokens (SearchColumn),
-- the (user_id, token) key answering a word or a word's start with a range. On H2 they stand in for InnoDB's
-- FULLTEXT index and a trigger keeps them (h2/V87.1); on MySQL the FULLTEXT index does that job and they stay
-- empty, like the embedded statistics tables (V84). Like every user-owned row, each carries the User-ID.
CREATE TABLE linkedin_contact_token (
    user_id  CHAR(36)     NOT NULL,
    token    VARCHAR(200) NOT NULL,
    item_id  CHAR(36)     NOT NULL,
    PRIMARY KEY (user_id, token, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE TABLE linkedin_conversation_token (
    user_id  CHAR(36)     NOT NULL,
    token    VARCHAR(200) NOT NULL,
    item_id  CHAR(36)     NOT NULL,
    PRIMARY KEY (user_id, token, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
CREATE TABLE linkedin_message_token (
    user_id  CHAR(36)     NOT NULL,
    token    VARCHAR(200) NOT NULL,
    item_id  CHAR(36)     NOT NULL,
    PRIMARY KEY (user_id, token, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

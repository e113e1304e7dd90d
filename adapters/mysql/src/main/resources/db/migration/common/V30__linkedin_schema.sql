-- LinkedIn data (privacy policy 5.5): the user's own profile, contacts, conversations with participants and messages,
-- labels on contacts and conversations, the suppression list and the deletion markers, and where the sync stands.
--
-- Shaped for speed at 5,000 contacts, 2,000 conversations and 100,000 messages per user:
-- - Every key starts with user_id (the Vitess sharding key): every statement reads one user's range.
-- - Items are keyed by their LinkedIn URN (unique per user); the ids in the API are random UUIDs.
-- - What lists, filters and the lookup need is kept current on write (per contact: first/last outbound, last
--   inbound, written_to, replied, last_contact_at; per conversation: counts, last message, who wrote last), so that
--   no read aggregates messages.
-- - Each sort has a keyset index (user_id, sort column, id). Sort columns are NOT NULL: '1970-01-01 00:00:00.000'
--   stands for "none" (never contacted, no connection date, no message), because keyset conditions cannot compare
--   NULL.
-- - Texts that full-text search will cover (message body, contact names, headline, company, position, conversation
--   title) are plain text with a case- and accent-insensitive collation; URNs and keys stay binary.
-- - One user's writes never interleave: every sync batch and every deletion first locks the user's
--   linkedin_sync_state row (SELECT ... FOR UPDATE).

CREATE TABLE linkedin_sync_state (
    user_id                     CHAR(36)    NOT NULL,
    profile_synced_at           DATETIME(3) NULL,
    profile_last_item_at        DATETIME(3) NULL,
    contacts_synced_at          DATETIME(3) NULL,
    contacts_last_item_at       DATETIME(3) NULL,
    conversations_synced_at     DATETIME(3) NULL,
    conversations_last_item_at  DATETIME(3) NULL,
    messages_synced_at          DATETIME(3) NULL,
    messages_last_item_at       DATETIME(3) NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The user's own LinkedIn profile; modified_at is the client's version of it.
CREATE TABLE linkedin_profile (
    user_id       CHAR(36)     NOT NULL,
    profile_urn   VARCHAR(400) NOT NULL,
    first_name    VARCHAR(200) NOT NULL,
    last_name     VARCHAR(200) NOT NULL,
    headline      VARCHAR(500) NULL,
    job_position  VARCHAR(200) NULL,
    company       VARCHAR(200) NULL,
    location      VARCHAR(200) NULL,
    profile_url   VARCHAR(400) NULL,
    modified_at   DATETIME(3)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    updated_at    DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The user's contacts. profile_path is the normalised profile URL ("in/jana-schmidt-4711"): the lookup is one probe
-- of its unique key. *_fold are lower case without accents, for the company/position/location filters. name_sort is
-- the folded "first last" the list sorts by. user_version counts the user's own changes (tags, note...): the ETag.
CREATE TABLE linkedin_contact (
    user_id            CHAR(36)      NOT NULL,
    contact_id         CHAR(36)      NOT NULL,
    profile_urn        VARCHAR(400)  NOT NULL,
    first_name         VARCHAR(200)  COLLATE utf8mb4_unicode_ci NOT NULL,
    last_name          VARCHAR(200)  COLLATE utf8mb4_unicode_ci NOT NULL,
    name_sort          VARCHAR(401)  NOT NULL,
    headline           VARCHAR(500)  COLLATE utf8mb4_unicode_ci NULL,
    company            VARCHAR(200)  COLLATE utf8mb4_unicode_ci NULL,
    company_fold       VARCHAR(200)  NULL,
    job_position       VARCHAR(200)  COLLATE utf8mb4_unicode_ci NULL,
    job_position_fold  VARCHAR(200)  NULL,
    location           VARCHAR(200)  NULL,
    location_fold      VARCHAR(200)  NULL,
    profile_url        VARCHAR(400)  NULL,
    profile_path       VARCHAR(200)  NULL,
    connected_at       DATETIME(3)   NOT NULL,
    modified_at        DATETIME(3)   NOT NULL,
    first_outbound_at  DATETIME(3)   NULL,
    last_outbound_at   DATETIME(3)   NULL,
    last_inbound_at    DATETIME(3)   NULL,
    last_contact_at    DATETIME(3)   NOT NULL,
    written_to         BOOLEAN       NOT NULL,
    replied            BOOLEAN       NOT NULL,
    note               VARCHAR(2000) NULL,
    do_not_contact     BOOLEAN       NOT NULL,
    user_version       BIGINT        NOT NULL,
    created_at         DATETIME(3)   NOT NULL,
    updated_at         DATETIME(3)   NOT NULL,
    PRIMARY KEY (user_id, contact_id),
    UNIQUE KEY uq_linkedin_contact_urn (user_id, profile_urn),
    UNIQUE KEY uq_linkedin_contact_path (user_id, profile_path),
    KEY ix_linkedin_contact_name (user_id, name_sort, contact_id),
    KEY ix_linkedin_contact_last_contact (user_id, last_contact_at, contact_id),
    KEY ix_linkedin_contact_connected (user_id, connected_at, contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Tags and categories (ids of the label capability) on contacts; kind is TAG or CATEGORY.
CREATE TABLE linkedin_contact_label (
    user_id     CHAR(36)    NOT NULL,
    label_id    CHAR(36)    NOT NULL,
    contact_id  CHAR(36)    NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, label_id, contact_id),
    KEY ix_linkedin_contact_label_contact (user_id, contact_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Conversations. modified_at is the client's version; the rest after unread is derived from the messages on write:
-- first/last outbound and last inbound times, the last message's time and whether it came in (awaiting reply).
CREATE TABLE linkedin_conversation (
    user_id                CHAR(36)     NOT NULL,
    conversation_id        CHAR(36)     NOT NULL,
    conversation_urn       VARCHAR(400) NOT NULL,
    title                  VARCHAR(500) COLLATE utf8mb4_unicode_ci NULL,
    unread                 BOOLEAN      NOT NULL,
    modified_at            DATETIME(3)  NOT NULL,
    message_count          INT          NOT NULL,
    attachment_count       INT          NOT NULL,
    last_message_at        DATETIME(3)  NOT NULL,
    last_message_inbound   BOOLEAN      NOT NULL,
    first_outbound_at      DATETIME(3)  NULL,
    last_outbound_at       DATETIME(3)  NULL,
    last_inbound_at        DATETIME(3)  NULL,
    created_at             DATETIME(3)  NOT NULL,
    updated_at             DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id, conversation_id),
    UNIQUE KEY uq_linkedin_conversation_urn (user_id, conversation_urn),
    KEY ix_linkedin_conversation_recent (user_id, last_message_at, conversation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The other participants of each conversation (never the user), with when each last wrote there.
CREATE TABLE linkedin_participant (
    user_id          CHAR(36)     NOT NULL,
    conversation_id  CHAR(36)     NOT NULL,
    profile_urn      VARCHAR(400) NOT NULL,
    last_sent_at     DATETIME(3)  NULL,
    PRIMARY KEY (user_id, conversation_id, profile_urn),
    KEY ix_linkedin_participant_profile (user_id, profile_urn, conversation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE linkedin_conversation_label (
    user_id          CHAR(36)    NOT NULL,
    label_id         CHAR(36)    NOT NULL,
    conversation_id  CHAR(36)    NOT NULL,
    kind             VARCHAR(16) NOT NULL,
    PRIMARY KEY (user_id, label_id, conversation_id),
    KEY ix_linkedin_conversation_label_conversation (user_id, conversation_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Messages. version is the client's (the latest of sent, edited, modified); reactions and attachments (metadata
-- only, never bytes) are small encoded lists. message_id is time-ordered, so new rows append to the primary key.
CREATE TABLE linkedin_message (
    user_id          CHAR(36)     NOT NULL,
    message_id       CHAR(36)     NOT NULL,
    conversation_id  CHAR(36)     NOT NULL,
    message_urn      VARCHAR(400) NOT NULL,
    sender_urn       VARCHAR(400) NOT NULL,
    outbound         BOOLEAN      NOT NULL,
    sent_at          DATETIME(3)  NOT NULL,
    edited_at        DATETIME(3)  NULL,
    version          DATETIME(3)  NOT NULL,
    body             TEXT         COLLATE utf8mb4_unicode_ci NOT NULL,
    reactions        TEXT         NULL,
    attachments      TEXT         NULL,
    has_attachments  BOOLEAN      NOT NULL,
    created_at       DATETIME(3)  NOT NULL,
    updated_at       DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id, message_id),
    UNIQUE KEY uq_linkedin_message_urn (user_id, message_urn),
    KEY ix_linkedin_message_conversation (user_id, conversation_id, sent_at, message_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Contacts the user deleted: a keyed hash of the profile URN (no URN, no name), so that a later sync does not bring
-- them back, and a masked URL the user can recognise them by ("linkedin.com/in/ja…11").
CREATE TABLE linkedin_suppression (
    user_id         CHAR(36)     NOT NULL,
    suppression_id  CHAR(36)     NOT NULL,
    urn_hash        CHAR(64)     NOT NULL,
    masked_url      VARCHAR(100) NULL,
    created_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id, suppression_id),
    UNIQUE KEY uq_linkedin_suppression_urn (user_id, urn_hash),
    KEY ix_linkedin_suppression_created (user_id, created_at, suppression_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Deleted items (by a deletion marker or by the user): a keyed hash of the URN and the version the deletion had, so
-- that an older version arriving later does not bring the item back. kind: CONTACT, CONVERSATION or MESSAGE.
CREATE TABLE linkedin_tombstone (
    user_id     CHAR(36)    NOT NULL,
    kind        VARCHAR(16) NOT NULL,
    urn_hash    CHAR(64)    NOT NULL,
    version     DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, kind, urn_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Sign-in: password hashes, sessions, addresses users signed in from; protection: blocked addresses; the operator
-- audit log. Every user-owned row carries user_id.

-- Argon2id hashes in PHC format; an account without a row here has not been activated.
CREATE TABLE credential (
    user_id        CHAR(36)     NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    changed_at     DATETIME(3)  NOT NULL,
    PRIMARY KEY (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Signed-in devices. The token is never stored, only its SHA-256; the device is a coarse label, not the User-Agent.
CREATE TABLE session (
    session_id    CHAR(36)     NOT NULL,
    user_id       CHAR(36)     NOT NULL,
    token_hash    CHAR(64)     NOT NULL,
    device        VARCHAR(100) NOT NULL,
    created_at    DATETIME(3)  NOT NULL,
    last_seen_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (session_id),
    UNIQUE KEY uq_session_token (token_hash),
    KEY ix_session_user_created (user_id, created_at, session_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Keyed hashes of addresses a user signed in from successfully (no address in clear).
CREATE TABLE known_sign_in_address (
    user_id          CHAR(36)    NOT NULL,
    address_hash     CHAR(64)    NOT NULL,
    last_sign_in_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (user_id, address_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Addresses and ranges refused on every endpoint. Kept permanently (privacy policy 3.5), in canonical CIDR text.
CREATE TABLE blocked_address (
    id          CHAR(36)     NOT NULL,
    address     VARCHAR(49)  NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    blocked_by  VARCHAR(64)  NOT NULL,
    blocked_at  DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_blocked_address (address),
    KEY ix_blocked_address_time (blocked_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- What operator staff did: who (key name), what, on what, when. Append-only.
CREATE TABLE audit_event (
    id      BIGINT       NOT NULL AUTO_INCREMENT,
    actor   VARCHAR(64)  NOT NULL,
    action  VARCHAR(100) NOT NULL,
    target  VARCHAR(500) NOT NULL,
    at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- SHA-256 of the one-time password reset tokens sent by e-mail (valid one hour); the token itself is never stored.
CREATE TABLE password_reset_token (
    token_hash  CHAR(64)    NOT NULL,
    user_id     CHAR(36)    NOT NULL,
    issued_at   DATETIME(3) NOT NULL,
    expires_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (token_hash),
    KEY ix_password_reset_token_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Telemetry (issue 13): every time the operator tied a Tracking-ID to its account, with the reason, the operator
-- key's name and, for a pressing legitimate interest, the note. The user sees them (GET /v1/me/identifications);
-- the register declares the table (category identifications).
CREATE TABLE identification (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    identification_id  CHAR(36)     NOT NULL,
    user_id            CHAR(36)     NOT NULL,
    tracking_id        VARCHAR(32)  NOT NULL,
    reason             VARCHAR(20)  NOT NULL,
    note               TEXT         NULL,
    operator           VARCHAR(100) NOT NULL,
    identified_at      DATETIME(3)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_identification_id (identification_id),
    KEY ix_identification_user (user_id, identified_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- The erasure ledger: what was erased, where, when, why and how many items. No personal data: no User-ID, e-mail or
-- name; the receipt is a random id the person was given.
CREATE TABLE erasure_ledger (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    receipt    CHAR(36)    NULL,
    category   VARCHAR(48) NOT NULL,
    store      VARCHAR(32) NOT NULL,
    reason     VARCHAR(32) NOT NULL,
    items      BIGINT      NOT NULL,
    erased_at  DATETIME(3) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_erasure_ledger_receipt (receipt, id),
    KEY ix_erasure_ledger_time (erased_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

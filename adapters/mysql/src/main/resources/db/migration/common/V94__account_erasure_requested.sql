-- When the account's erasure was asked for: from then on no sign-in, activation or password reset writes for it,
-- since the erasure may already have walked the stores such a write adds to. Older rows stay NULL.
ALTER TABLE account ADD COLUMN erasure_requested_at DATETIME(3) NULL;

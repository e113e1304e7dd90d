-- Retention (issue 9): what each category's retention job looks for, on an index of its own, so that a run reads
-- only what is due (data_subject_request, created later by V20 and small, is read whole). And the audit log's mark
-- for events whose actor and target were replaced by keyed hashes after their three years.

CREATE INDEX ix_session_last_seen ON session (last_seen_at, session_id);
CREATE INDEX ix_session_created ON session (created_at, session_id);
CREATE INDEX ix_activation_token_expiry ON activation_token (expires_at);
CREATE INDEX ix_password_reset_token_expiry ON password_reset_token (expires_at);
CREATE INDEX ix_known_sign_in_address_last ON known_sign_in_address (last_sign_in_at);

ALTER TABLE audit_event ADD COLUMN pseudonymised BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_audit_event_due ON audit_event (pseudonymised, at);

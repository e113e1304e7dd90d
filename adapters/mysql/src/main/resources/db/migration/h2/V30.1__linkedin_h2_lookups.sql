-- H2 only. H2 answers "col IN (...)" from an index only when col is the index's first column, so the keys of the
-- common schema (user_id first, for Vitess) leave it scanning the user's whole range once per IN list (a batch of
-- 500 messages compared each stored message with 250 URNs). These indexes start with the looked-up column; every
-- statement still filters by user_id. MySQL and MariaDB use the (user_id, ...) keys for IN lists and need none.
CREATE INDEX ix_h2_linkedin_contact_urn ON linkedin_contact (profile_urn);
CREATE INDEX ix_h2_linkedin_contact_path ON linkedin_contact (profile_path);
CREATE INDEX ix_h2_linkedin_conversation_urn ON linkedin_conversation (conversation_urn);
CREATE INDEX ix_h2_linkedin_participant_conversation ON linkedin_participant (conversation_id);
CREATE INDEX ix_h2_linkedin_participant_profile ON linkedin_participant (profile_urn);
CREATE INDEX ix_h2_linkedin_message_urn ON linkedin_message (message_urn);
CREATE INDEX ix_h2_linkedin_suppression_urn ON linkedin_suppression (urn_hash);
CREATE INDEX ix_h2_linkedin_tombstone_urn ON linkedin_tombstone (urn_hash);
CREATE INDEX ix_h2_linkedin_contact_label_contact ON linkedin_contact_label (contact_id);
CREATE INDEX ix_h2_linkedin_conversation_label_conversation ON linkedin_conversation_label (conversation_id);

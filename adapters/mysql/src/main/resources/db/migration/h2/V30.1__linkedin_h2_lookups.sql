-- H2 only. H2 answers "col IN (...)" from an index only when col is the index's first column (and its planner needs
-- a USE INDEX hint to take it), so the keys of the common schema (user_id first, for Vitess) left it scanning the
-- user's whole range once per IN list: a batch of 500 messages compared each stored message with 250 URNs. Here the
-- unique keys are turned around (URN first, then user_id: the same uniqueness, no extra index to maintain) and the
-- other looked-up columns get an index that starts with them. Every statement still filters by user_id. MySQL and
-- MariaDB use the (user_id, ...) keys for IN lists and need none of this.
ALTER TABLE linkedin_contact DROP CONSTRAINT uq_linkedin_contact_urn;
CREATE UNIQUE INDEX ix_h2_linkedin_contact_urn ON linkedin_contact (profile_urn, user_id);
ALTER TABLE linkedin_contact DROP CONSTRAINT uq_linkedin_contact_path;
CREATE UNIQUE INDEX ix_h2_linkedin_contact_path ON linkedin_contact (profile_path, user_id);
ALTER TABLE linkedin_conversation DROP CONSTRAINT uq_linkedin_conversation_urn;
CREATE UNIQUE INDEX ix_h2_linkedin_conversation_urn ON linkedin_conversation (conversation_urn, user_id);
ALTER TABLE linkedin_message DROP CONSTRAINT uq_linkedin_message_urn;
CREATE UNIQUE INDEX ix_h2_linkedin_message_urn ON linkedin_message (message_urn, user_id);
ALTER TABLE linkedin_suppression DROP CONSTRAINT uq_linkedin_suppression_urn;
CREATE UNIQUE INDEX ix_h2_linkedin_suppression_urn ON linkedin_suppression (urn_hash, user_id);
CREATE INDEX ix_h2_linkedin_participant_conversation ON linkedin_participant (conversation_id);
CREATE INDEX ix_h2_linkedin_participant_profile ON linkedin_participant (profile_urn);
CREATE INDEX ix_h2_linkedin_tombstone_urn ON linkedin_tombstone (urn_hash);
CREATE INDEX ix_h2_linkedin_contact_label_contact ON linkedin_contact_label (contact_id);
CREATE INDEX ix_h2_linkedin_conversation_label_conversation ON linkedin_conversation_label (conversation_id);

-- Cheaper token rows on H2, where each message writes about 20 of them. The key's user_id is a VARCHAR: H2 compares
-- CHAR values a character at a time (for their padding) and every comparison in a user's part of the key compares
-- the whole, equal, User-ID first; item_id stays CHAR(36) like the ids it is matched with (a VARCHAR there made H2
-- read the searched table instead of its id index). The key is a plain index instead of a primary key: a unique
-- index searches for the key once more before each insert, and the trigger (SearchTokenTrigger) writes each token
-- of a row once. MySQL keeps V87's tables as they are (they stay empty there).
ALTER TABLE linkedin_contact_token DROP PRIMARY KEY;
ALTER TABLE linkedin_contact_token ALTER COLUMN user_id VARCHAR(36) NOT NULL;
CREATE INDEX ix_h2_linkedin_contact_token ON linkedin_contact_token (user_id, token, item_id);
ALTER TABLE linkedin_conversation_token DROP PRIMARY KEY;
ALTER TABLE linkedin_conversation_token ALTER COLUMN user_id VARCHAR(36) NOT NULL;
CREATE INDEX ix_h2_linkedin_conversation_token ON linkedin_conversation_token (user_id, token, item_id);
ALTER TABLE linkedin_message_token DROP PRIMARY KEY;
ALTER TABLE linkedin_message_token ALTER COLUMN user_id VARCHAR(36) NOT NULL;
CREATE INDEX ix_h2_linkedin_message_token ON linkedin_message_token (user_id, token, item_id);

-- H2 only: the embedded counterpart of mysql/V86 and of InnoDB's FULLTEXT index, so that a search on H2 reads the
-- rows of the words it looks for instead of the user's whole history (a second per search on 100,000 messages).
-- First the tokens gain what mysql/V86 gives them (a message's month, a contact's name words; see that file and
-- SearchColumn). Then the trigger SearchTokenTrigger keeps each searched table's token table (V87) in step with
-- every insert, update and delete, in the same transaction; the rows there now are filed by V87.2
-- (db/migration/h2/V87_2__linkedin_h2_search_token_backfill.java, a Java migration Flyway finds in this location).
-- An embedded database written by the build before this migration may hold the new tokens already (that build wrote
-- them, while only mysql/V86 rewrote old ones): such rows are left as they are. A message's new tokens have an
-- underscore 16th (8 hex digits, "_", yyyyMM, "_"); an old one has a letter, a digit or a space there.
UPDATE linkedin_message
   SET search_tokens = REPLACE(search_tokens, LEFT(search_tokens, 9),
                               CONCAT(LEFT(search_tokens, 9),
                                      LPAD(CAST(YEAR(sent_at) * 100 + MONTH(sent_at) AS VARCHAR), 6, '0'), '_'))
 WHERE search_tokens IS NOT NULL AND search_tokens <> '' AND SUBSTRING(search_tokens, 16, 1) <> '_';
UPDATE linkedin_contact
   SET search_tokens = CONCAT(search_tokens, ' ', LEFT(search_tokens, 9), '_',
                              REPLACE(TRIM(search_name), ' ', CONCAT(' ', LEFT(search_tokens, 9), '_')))
 WHERE search_tokens IS NOT NULL AND search_tokens <> '' AND TRIM(search_name) <> ''
   AND LOCATE(CONCAT(LEFT(search_tokens, 9), '_'), search_tokens) = 0;

-- The searched rows by id alone, which H2 needs to read a probe's rows from an index (JdbiLinkedInSearch)
CREATE INDEX ix_h2_linkedin_contact_id ON linkedin_contact (contact_id);
CREATE INDEX ix_h2_linkedin_conversation_id ON linkedin_conversation (conversation_id);
CREATE INDEX ix_h2_linkedin_message_id ON linkedin_message (message_id);
CREATE TRIGGER tg_linkedin_contact_token AFTER INSERT, UPDATE, DELETE ON linkedin_contact
    FOR EACH ROW CALL 'io.cockpit.adapters.mysql.linkedin.SearchTokenTrigger';
CREATE TRIGGER tg_linkedin_conversation_token AFTER INSERT, UPDATE, DELETE ON linkedin_conversation
    FOR EACH ROW CALL 'io.cockpit.adapters.mysql.linkedin.SearchTokenTrigger';
CREATE TRIGGER tg_linkedin_message_token AFTER INSERT, UPDATE, DELETE ON linkedin_message
    FOR EACH ROW CALL 'io.cockpit.adapters.mysql.linkedin.SearchTokenTrigger';

-- Search reads a user's messages newest first (JdbiLinkedInSearch: the newest rows are scanned before the FULLTEXT
-- index is asked, which answers common words at once); contacts and conversations have such an index since V30.
CREATE INDEX ix_linkedin_message_recent ON linkedin_message (user_id, sent_at, message_id);

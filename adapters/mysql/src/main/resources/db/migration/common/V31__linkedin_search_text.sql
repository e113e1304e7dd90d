-- Full-text search over the LinkedIn data (GET /v1/me/search). search_text is the searched text folded in Java
-- (SearchText: lower case, accents removed, words of letters and digits between single spaces, " jana muller acme "),
-- written with the row: contacts' names, headline, company and position; conversations' titles; messages' bodies.
-- A word or phrase matches as LIKE '% word%' on every database, so H2 and MySQL give the same answers; on MySQL a
-- FULLTEXT index on the same column (mysql/V31.1) finds the candidates first. Rows written before this migration
-- have none (the LinkedIn tables are new with V30: there are none in production).
ALTER TABLE linkedin_contact ADD COLUMN search_text TEXT NULL;
ALTER TABLE linkedin_conversation ADD COLUMN search_text TEXT NULL;
ALTER TABLE linkedin_message ADD COLUMN search_text TEXT NULL;

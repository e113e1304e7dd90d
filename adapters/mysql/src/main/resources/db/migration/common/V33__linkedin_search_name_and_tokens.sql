-- Ranked search (JdbiLinkedInSearch). search_name: a contact's folded "first last" as SearchText writes it
-- (" jana muller "): a contact whose name matches ranks above one found by headline, company or position.
-- search_tokens: what the FULLTEXT index holds on MySQL (mysql/V33.1): each distinct word of search_text once, after
-- a prefix of the owner ("3fa85f64_angebot"), so that a word's posting list holds one user's rows only.
-- Rows written before this migration have neither (the LinkedIn tables are new: none in production).
ALTER TABLE linkedin_contact ADD COLUMN search_name VARCHAR(500) NULL;
ALTER TABLE linkedin_contact ADD COLUMN search_tokens TEXT NULL;
ALTER TABLE linkedin_conversation ADD COLUMN search_tokens TEXT NULL;
ALTER TABLE linkedin_message ADD COLUMN search_tokens TEXT NULL;

-- MySQL/MariaDB only: InnoDB FULLTEXT indexes on the folded search texts (V31). A search asks them for the rows that
-- have every long enough word of the query as a word prefix (MATCH ... AGAINST ('+word*' IN BOOLEAN MODE)), then
-- keeps the user's rows whose text really matches (LIKE), exactly as on H2.
ALTER TABLE linkedin_contact ADD FULLTEXT INDEX ft_linkedin_contact_search (search_text);
ALTER TABLE linkedin_conversation ADD FULLTEXT INDEX ft_linkedin_conversation_search (search_text);
ALTER TABLE linkedin_message ADD FULLTEXT INDEX ft_linkedin_message_search (search_text);

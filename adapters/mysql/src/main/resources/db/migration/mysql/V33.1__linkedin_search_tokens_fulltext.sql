-- MySQL/MariaDB only: the FULLTEXT indexes move from search_text (V31.1) to search_tokens (V33), the owner's words.
-- InnoDB reads a query term's whole posting list: on search_text a common word's list held every user's rows with
-- it (and the owner's token, required too, all of the user's rows); on search_tokens it holds the user's rows with
-- that word only.
ALTER TABLE linkedin_contact DROP INDEX ft_linkedin_contact_search;
ALTER TABLE linkedin_conversation DROP INDEX ft_linkedin_conversation_search;
ALTER TABLE linkedin_message DROP INDEX ft_linkedin_message_search;
ALTER TABLE linkedin_contact ADD FULLTEXT INDEX ft_linkedin_contact_tokens (search_tokens);
ALTER TABLE linkedin_conversation ADD FULLTEXT INDEX ft_linkedin_conversation_tokens (search_tokens);
ALTER TABLE linkedin_message ADD FULLTEXT INDEX ft_linkedin_message_tokens (search_tokens);

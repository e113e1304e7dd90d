-- A contact request keeps only the page it was sent from (PageUrl, since 4 December 2026): a stored URL loses its
-- query and fragment, which can hold tracking ids or an e-mail address. A valid URL's path ends at its first '#' or
-- '?', so cutting at the first '#' and then at the first '?' leaves the page.
UPDATE contact_request SET page_url = SUBSTRING(page_url, 1, LOCATE('#', page_url) - 1)
WHERE LOCATE('#', page_url) > 0;
UPDATE contact_request SET page_url = SUBSTRING(page_url, 1, LOCATE('?', page_url) - 1)
WHERE LOCATE('?', page_url) > 0;

-- When the applicant withdrew, or asked for erasure, while a legal hold kept the application: it is erased as soon
-- as the hold ends (erase_after = the hold's until), not 6 months after the withdrawal. Older rows stay NULL.
ALTER TABLE application ADD COLUMN erasure_requested_at DATETIME(3) NULL;

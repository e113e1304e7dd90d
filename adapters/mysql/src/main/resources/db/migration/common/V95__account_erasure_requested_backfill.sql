-- Erasures already running when V94 came: their accounts are marked too, so that they take no sign-in either.
UPDATE account SET erasure_requested_at = (SELECT MIN(e.requested_at) FROM erasure_request e
    WHERE e.user_id = account.user_id AND e.status = 'in_progress')
WHERE erasure_requested_at IS NULL
  AND EXISTS (SELECT 1 FROM erasure_request e WHERE e.user_id = account.user_id AND e.status = 'in_progress');

-- An application whose process has had no status change for 12 months counts as abandoned, hence ended, and is
-- erased 6 months later (Application.abandonedAt, eraseAfter). status_changed_at is the last status change: the
-- receipt, the move to interviewing, or the end. Rows from before did not record the move to interviewing; their
-- last change (updated_at) stands in for it, which is never earlier.
ALTER TABLE application ADD COLUMN status_changed_at DATETIME(3) NULL;
UPDATE application SET status_changed_at = CASE
    WHEN ended_at IS NOT NULL THEN ended_at
    WHEN status = 'received' THEN received_at
    ELSE updated_at END;
ALTER TABLE application MODIFY status_changed_at DATETIME(3) NOT NULL;
-- Running processes had no retention date: 12 and then 6 months after the last status change (two steps, as the
-- domain counts them at a month's end), later while a legal hold or the talent-pool consent lasts.
UPDATE application SET erase_after = GREATEST(
    TIMESTAMPADD(MONTH, 6, TIMESTAMPADD(MONTH, 12, status_changed_at)),
    COALESCE(hold_until, status_changed_at),
    COALESCE((SELECT t.ends_at FROM talent_pool_entry t WHERE t.application_id = application.application_id),
             status_changed_at))
WHERE ended_at IS NULL AND erasure_requested_at IS NULL;

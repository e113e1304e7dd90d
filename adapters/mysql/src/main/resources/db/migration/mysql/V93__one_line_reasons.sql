-- Reasons are one line without control characters since 3 December 2026: an account's legal hold (LegalHold) and
-- a blocked address (BlockedAddress). Reasons stored before have each control character (Unicode category Cc)
-- replaced by a space, and one left empty says so, so that every stored hold and block still reads.
UPDATE legal_hold
SET hold_reason = CASE
        WHEN TRIM(REGEXP_REPLACE(hold_reason, '\\p{Cc}', ' ')) = '' THEN 'reason not readable (control characters only)'
        ELSE TRIM(REGEXP_REPLACE(hold_reason, '\\p{Cc}', ' '))
    END
WHERE hold_reason REGEXP '\\p{Cc}';

UPDATE blocked_address
SET reason = CASE
        WHEN TRIM(REGEXP_REPLACE(reason, '\\p{Cc}', ' ')) = '' THEN 'reason not readable (control characters only)'
        ELSE TRIM(REGEXP_REPLACE(reason, '\\p{Cc}', ' '))
    END
WHERE reason REGEXP '\\p{Cc}';

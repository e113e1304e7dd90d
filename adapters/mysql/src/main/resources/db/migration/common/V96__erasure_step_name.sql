-- The name of the step an erasure in progress stopped at (category/store, /again for a sweep), so that a build whose
-- steps are ordered otherwise resumes at the same step, or starts over, instead of skipping one by its index. NULL
-- for the first step, after the last, and in the rows of erasures that began before this column.
ALTER TABLE erasure_request ADD COLUMN step_name VARCHAR(200) NULL;

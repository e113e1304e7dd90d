-- Where an erasure in progress stands, as the build that wrote it saw it: a hash of its whole list of steps, the
-- index of the next step and that step's name. A build whose steps differ, or that finds the index moved by a build
-- that wrote no mark, starts the erasure over instead of resuming by an index that may name another step. NULL in
-- the rows of erasures that began before this column (and once completed).
ALTER TABLE erasure_request ADD COLUMN step_mark VARCHAR(200) NULL;

-- The session (by token hash) that added each factor: a step-up of that session is never
-- proved by the factor it added. Factors from before this column, and seeded ones, have none.
ALTER TABLE factors ADD COLUMN added_by_session TEXT;

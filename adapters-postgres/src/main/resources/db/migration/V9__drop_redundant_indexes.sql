-- No query orders or filters logs by date: listings go by log_id, which is time-ordered. The index cost every
-- request's log entry a fourth index insertion (about a quarter of the entry's insert time in PostgreSQL).
DROP INDEX IF EXISTS logs_date_idx;

-- Case-exact equality filters now find their rows through the GIN index of profile_ci (the folded value) and check
-- the raw profile on those rows (ProfileConditionSql), so this second GIN index, which every user write kept up to
-- date, answered nothing the first does not.
DROP INDEX IF EXISTS users_profile_gin;

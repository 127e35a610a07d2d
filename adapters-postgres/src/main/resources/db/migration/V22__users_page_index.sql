-- A connection's users in creation order (SCIM index paging, Okta's import loop; issue 20) are read through the index
-- of UNIQUE (connection_id, seq) (V21). With the user id in it, a page that starts at an offset no node remembers a
-- position for counts past the rows before it in the index alone (an index-only scan on a vacuumed table) instead of
-- visiting each of those rows in the table. The constraint itself carries it, so a user write maintains one index.
ALTER TABLE users DROP CONSTRAINT users_connection_seq_unique,
                  ADD CONSTRAINT users_connection_seq_unique UNIQUE (connection_id, seq) INCLUDE (user_id);

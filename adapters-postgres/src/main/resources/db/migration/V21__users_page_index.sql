-- A connection's users in creation order (SCIM index paging, Okta's import loop; issue 20) are read through this
-- index. With the user id in it, a page that starts at an offset no node remembers a position for counts past the
-- rows before it in the index alone (an index-only scan on a vacuumed table) instead of visiting each of those rows
-- in the table; it replaces the index on (connection_id, seq), which it serves in every use.
CREATE INDEX users_connection_seq_page_idx ON users (connection_id, seq) INCLUDE (user_id);
DROP INDEX IF EXISTS users_connection_seq_idx;

-- The deletion policy of a SCIM configuration (SPEC §10): 'hard' (the default, as before) or 'soft', and the days a
-- soft-deleted user stays restorable.
ALTER TABLE scim_configurations
    ADD COLUMN deletion_mode text NOT NULL DEFAULT 'hard',
    ADD COLUMN restore_window_days integer NOT NULL DEFAULT 30;

-- Users a SCIM DELETE took away in soft mode, moved out of users in the same statement. Outside users they are in
-- no query of users, no list, count, filter or group membership, and hold no userName or user-id attribute value:
-- the unique constraints of users only ever see live users. They keep their id (a create of that id is refused, as
-- for a live user) until a SCIM POST of the same user-id attribute value restores them or the purge deletes them.
CREATE TABLE soft_deleted_users (
    user_id               text        COLLATE "C" PRIMARY KEY,
    connection_id         text        COLLATE "C" NOT NULL REFERENCES connections (id) ON DELETE CASCADE,
    profile               jsonb       NOT NULL,
    identities            jsonb       NOT NULL,
    user_name_key         text,
    user_id_attribute_key text,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    version               bigint      NOT NULL,
    deleted_at            timestamptz NOT NULL,
    restore_until         timestamptz NOT NULL
);

-- The restore: the soft-deleted user of a connection with a user-id attribute value, newest deletion first; and
-- the Management API's listing of a connection's soft-deleted users.
CREATE INDEX soft_deleted_users_key_idx ON soft_deleted_users (connection_id, user_id_attribute_key, deleted_at);
CREATE INDEX soft_deleted_users_connection_idx ON soft_deleted_users (connection_id, deleted_at, user_id);
-- The purge: users whose window has closed, oldest first.
CREATE INDEX soft_deleted_users_restore_until_idx ON soft_deleted_users (restore_until);

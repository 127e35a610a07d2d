package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of soft deletion (SPEC §10) over {@code soft_deleted_users} (V16): a soft delete moves the user's
 * row there, a restore moves it back, each in one statement with its log entries, so a restore happens once however
 * many requests race for it: the first claims the row, the others find it gone.
 */
final class SoftDeletedUserRows {

    private static final String COLUMNS = "user_id, connection_id, profile::text AS profile, "
            + "identities::text AS identities, user_name_key, user_id_attribute_key, created_at, updated_at, version, "
            + "deleted_at, restore_until";

    /**
     * The move out of {@code users}, only over the version read, with one less in a slot of the connection's count
     * and the write's log entries (organization memberships go with the row; group memberships were left before, in
     * the same transaction). The kept row is the application's blocked version; a row a race left under the same id
     * gives way to the newer deletion.
     */
    static final String SOFT_DELETE = """
            WITH deleted AS (
                DELETE FROM users
                WHERE user_id = ? AND connection_id = ? AND version = ?
                RETURNING user_id, connection_id
            ),
            kept AS (
                INSERT INTO soft_deleted_users (user_id, connection_id, profile, identities, user_name_key,
                                                user_id_attribute_key, created_at, updated_at, version, deleted_at,
                                                restore_until)
                SELECT deleted.user_id, deleted.connection_id, ?::jsonb, ?::jsonb, ?, ?, ?::timestamptz,
                       ?::timestamptz, ?::bigint, ?::timestamptz, ?::timestamptz
                FROM deleted
                ON CONFLICT (connection_id, user_id) DO UPDATE
                SET connection_id = EXCLUDED.connection_id, profile = EXCLUDED.profile,
                    identities = EXCLUDED.identities, user_name_key = EXCLUDED.user_name_key,
                    user_id_attribute_key = EXCLUDED.user_id_attribute_key, created_at = EXCLUDED.created_at,
                    updated_at = EXCLUDED.updated_at, version = EXCLUDED.version, deleted_at = EXCLUDED.deleted_at,
                    restore_until = EXCLUDED.restore_until
            ),
            held AS (
                UPDATE user_connections registered SET held_until = ?::timestamptz
                FROM deleted
                WHERE registered.user_id = deleted.user_id AND registered.connection_id = deleted.connection_id
            ),
            counted AS (
                INSERT INTO user_counts (connection_id, slot, n)
                SELECT connection_id, ?, -1 FROM deleted
                ON CONFLICT (connection_id, slot) DO UPDATE SET n = user_counts.n + EXCLUDED.n
            ),
            logged AS (
                SELECT store_log_rows(?::jsonb)
                FROM deleted
            )
            SELECT (SELECT count(*) FROM deleted) AS n, (SELECT count(*) FROM logged) AS logged
            """;

    /**
     * The move back: the kept row is claimed (deleted) only in the version the restore was computed from and while
     * its window is open, then the restored user is inserted under its id, joins its organizations, counts and logs.
     * A key a live user took meanwhile fails the whole statement, so the kept row stays.
     */
    static final String RESTORE = """
            WITH claimed AS (
                DELETE FROM soft_deleted_users
                WHERE user_id = ? AND connection_id = ? AND version = ? AND restore_until > ?
                RETURNING user_id, connection_id
            ),
            created AS (
                INSERT INTO users (user_id, connection_id, profile, profile_ci, identities, user_name_key,
                                   user_id_attribute_key, created_at, updated_at, version)
                SELECT claimed.user_id, claimed.connection_id, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?::timestamptz,
                       ?::timestamptz, ?::bigint
                FROM claimed
                RETURNING user_id, connection_id
            ),
            released AS (
                UPDATE user_connections registered SET held_until = NULL
                FROM created
                WHERE registered.user_id = created.user_id AND registered.connection_id = created.connection_id
            ),
            """ + PostgresUserRepository.AFTER_CREATE;

    /**
     * A batch of kept rows whose window has closed, each deleted by exactly one of the processes purging at once,
     * with their ids in {@code user_connections} unless a create took the id over meanwhile. Tenant-wide: the one
     * statement on soft-deleted users that no connection bounds (a multi-shard delete on Citus, docs/scaling.md).
     */
    private static final String PURGE = """
            /* all connections: soft deletion purge */
            WITH purged AS (
                DELETE FROM soft_deleted_users
                WHERE (connection_id, user_id) IN (
                    SELECT connection_id, user_id FROM soft_deleted_users
                    WHERE restore_until <= ?
                    ORDER BY restore_until
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED
                )
                RETURNING connection_id, user_id
            ),
            released AS (
                DELETE FROM user_connections registered USING purged
                WHERE registered.user_id = purged.user_id AND registered.connection_id = purged.connection_id
                AND registered.held_until IS NOT NULL
            )
            SELECT count(*) AS n FROM purged
            """;

    private SoftDeletedUserRows() {
    }

    static List<Object> softDeleteParams(UserWrite.SoftDelete write, int slot) {
        User kept = write.user();
        List<Object> params = new ArrayList<>(Db.params(kept.id().value(), kept.connectionId().value(),
                write.expectedVersion(), UserRows.profile(kept), UserRows.identities(kept), kept.keys().userName(),
                kept.keys().userIdAttribute(), Rows.timestamp(kept.createdAt()), Rows.timestamp(kept.updatedAt()),
                kept.version(), Rows.timestamp(write.deletedAt()), Rows.timestamp(write.restoreUntil()),
                Rows.timestamp(write.restoreUntil()), slot));
        params.add(PostgresLogRepository.json(write.logs()));
        return params;
    }

    static List<Object> restoreParams(UserWrite.Restore write, int slot) {
        User user = write.user();
        List<Object> params = new ArrayList<>(Db.params(user.id().value(), user.connectionId().value(),
                write.deletedVersion(), Rows.timestamp(write.restoredAt()), UserRows.profile(user),
                UserRows.profileCi(user), UserRows.identities(user), user.keys().userName(),
                user.keys().userIdAttribute(), Rows.timestamp(user.createdAt()), Rows.timestamp(user.updatedAt()),
                user.version(), write.organizations().stream().map(OrganizationId::value).toArray(String[]::new),
                slot));
        params.add(PostgresLogRepository.json(write.logs()));
        return params;
    }

    static Optional<SoftDeletedUser> findRestorable(DbExecute execute, ConnectionId connectionId, String key,
                                                    Instant now) {
        return Db.first(execute, "SELECT " + COLUMNS + " FROM soft_deleted_users WHERE connection_id = ? "
                        + "AND user_id_attribute_key = ? AND restore_until > ? ORDER BY deleted_at DESC LIMIT 1",
                SoftDeletedUserRows::softDeleted, List.of(connectionId.value(), key, Rows.timestamp(now)));
    }

    static Page<SoftDeletedUser> page(DbExecute execute, ConnectionId connectionId, long offset, int limit) {
        long total = Db.first(execute, "SELECT count(*) AS total FROM soft_deleted_users WHERE connection_id = ?",
                row -> Rows.longValue(row, "total"), List.of(connectionId.value())).orElse(0L);
        if (limit <= 0 || offset >= total) {
            return new Page<>(List.of(), total);
        }
        return new Page<>(Db.query(execute, "SELECT " + COLUMNS + " FROM soft_deleted_users WHERE connection_id = ? "
                        + "ORDER BY deleted_at DESC, user_id OFFSET ? LIMIT ?", SoftDeletedUserRows::softDeleted,
                List.of(connectionId.value(), Math.max(offset, 0), limit)), total);
    }

    static int purge(DbExecute execute, Instant now, int limit) {
        return Db.first(execute, PURGE, row -> Rows.longValue(row, "n"), List.of(Rows.timestamp(now), limit))
                .orElse(0L).intValue();
    }

    private static SoftDeletedUser softDeleted(DbRow row) {
        return new SoftDeletedUser(UserRows.user(row), Rows.instant(row, "deleted_at"),
                Rows.instant(row, "restore_until"));
    }
}

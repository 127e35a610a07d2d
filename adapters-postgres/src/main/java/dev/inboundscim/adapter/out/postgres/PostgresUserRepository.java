package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.UserRepository;
import dev.inboundscim.application.port.out.UserWrite;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.mapping.query.ProfileCondition;
import dev.inboundscim.domain.mapping.query.SortKey;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.user.CanonicalForm;
import dev.inboundscim.domain.user.SoftDeletedUser;
import dev.inboundscim.domain.user.User;
import dev.inboundscim.domain.user.UserId;
import dev.inboundscim.domain.user.UserQuery;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Users in the {@code users} table. Uniqueness comes from the table's unique constraints (never check-then-insert),
 * each write stores its log entry in the same transaction, and updates are guarded by the version column.
 */
final class PostgresUserRepository implements UserRepository {

    private static final String SELECT = "SELECT " + UserRows.COLUMNS + " FROM users";
    private static final String SELECT_WITH_GROUPS = "SELECT " + UserRows.COLUMNS + ", " + groupsOf("users")
            + " AS groups FROM users";
    /** Slots per connection in {@code user_counts}: concurrent creates of one connection seldom share a row. */
    private static final int COUNT_SLOTS = 64;

    /**
     * The rest of a statement whose {@code created} CTE inserted a user (a create, a restore): it joins its
     * organizations, is counted and logged, and the statement answers how many rows were created and logged.
     */
    static final String AFTER_CREATE = """
            joined AS (
                INSERT INTO organization_members (connection_id, org_id, user_id)
                SELECT created.connection_id, organization.org_id, created.user_id
                FROM created JOIN organizations organization ON organization.org_id = ANY (?::text[])
            ),
            counted AS (
                INSERT INTO user_counts (connection_id, slot, n)
                SELECT connection_id, ?, 1 FROM created
                ON CONFLICT (connection_id, slot) DO UPDATE SET n = user_counts.n + EXCLUDED.n
            ),
            logged AS (
                SELECT store_log_rows(?::jsonb)
                FROM created
            )
            SELECT (SELECT count(*) FROM created) AS n, (SELECT count(*) FROM logged) AS logged
            """;

    /**
     * The created user's id taken in {@code user_connections}, which keeps ids unique across connections: an id held
     * by a live user or a soft-deleted one of another connection makes the connection null, which the column refuses
     * (a not-null violation: the id is taken); an id held by a soft-deleted user whose window closed at the user's
     * creation time (the second parameter), or by this connection's own soft-deleted user once its window closed (the
     * insert above went on), is taken over.
     */
    private static final String REGISTERED = """
            registered AS (
                INSERT INTO user_connections (user_id, connection_id, held_until)
                SELECT user_id, connection_id, NULL FROM created
                ON CONFLICT (user_id) DO UPDATE
                SET connection_id = CASE WHEN user_connections.connection_id = EXCLUDED.connection_id
                                              OR user_connections.held_until <= ?::timestamptz
                                         THEN EXCLUDED.connection_id END,
                    held_until = NULL
            ),
            """;

    /**
     * A new user, in one statement: the row (unless a soft-deleted user of the connection keeps that id: one whose
     * window closed keeps it no more, and the purge only deletes its kept row), its id in {@code user_connections}
     * ({@link #REGISTERED}), its memberships of the
     * organizations the write names (those deleted meanwhile excepted), one more in a slot of the connection's count,
     * and the write's log entries.
     */
    private static final String INSERT = """
            WITH created AS (
                INSERT INTO users (user_id, connection_id, profile, profile_ci, identities, user_name_key,
                                   user_id_attribute_key, created_at, updated_at, version)
                SELECT ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?::timestamptz, ?::timestamptz, ?::bigint
                WHERE NOT EXISTS (SELECT 1 FROM soft_deleted_users kept
                                  WHERE kept.connection_id = ? AND kept.user_id = ?
                                  AND kept.restore_until > ?::timestamptz)
                RETURNING user_id, connection_id
            ),
            """ + REGISTERED + AFTER_CREATE;

    /** The user's next version, written only over the version it replaces, with the write's log entries. */
    private static final String UPDATE = """
            WITH changed AS (
                UPDATE users
                SET profile = ?::jsonb, profile_ci = ?::jsonb, identities = ?::jsonb, user_name_key = ?,
                    user_id_attribute_key = ?, updated_at = ?, version = ?
                WHERE user_id = ? AND connection_id = ? AND version = ?
                RETURNING 1
            ),
            logged AS (
                SELECT store_log_rows(?::jsonb)
                FROM changed
            )
            SELECT (SELECT count(*) FROM changed) AS n, (SELECT count(*) FROM logged) AS logged
            """;

    /**
     * The user's deletion, only over the version read, with one less in a slot of the connection's count and the
     * write's log entries (its organization memberships go with the row, by their foreign key). Runs after its
     * group memberships were removed in the same transaction ({@link PostgresGroupRepository#leaveGroups}).
     */
    private static final String DELETE = """
            WITH deleted AS (
                DELETE FROM users
                WHERE user_id = ? AND connection_id = ? AND version = ?
                RETURNING user_id, connection_id
            ),
            unregistered AS (
                DELETE FROM user_connections registered USING deleted
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

    private final Db db;

    PostgresUserRepository(Db db) {
        this.db = db;
    }

    @Override
    public void insert(UserWrite.Insert write) {
        User user = write.user();
        List<Object> params = new ArrayList<>(Db.params(user.id().value(), user.connectionId().value(),
                UserRows.profile(user), UserRows.profileCi(user), UserRows.identities(user), user.keys().userName(),
                user.keys().userIdAttribute(), Rows.timestamp(user.createdAt()), Rows.timestamp(user.updatedAt()),
                user.version(), user.connectionId().value(), user.id().value(), Rows.timestamp(user.createdAt()),
                Rows.timestamp(user.createdAt()), write.organizations().stream().map(OrganizationId::value).toArray(String[]::new), randomSlot()));
        params.add(PostgresLogRepository.json(write.logs()));
        long created;
        try {
            created = Db.first(db.execute(), INSERT, row -> Rows.longValue(row, "n"), params).orElse(0L);
        } catch (RuntimeException e) {
            throw translate(e, user);
        }
        if (created == 0) {
            throw user.idTaken();
        }
    }

    private static int randomSlot() {
        return ThreadLocalRandom.current().nextInt(COUNT_SLOTS);
    }

    @Override
    public Optional<User> findById(ConnectionId connectionId, UserId id) {
        return Db.first(db.execute(), SELECT + " WHERE user_id = ? AND connection_id = ?", UserRows::user,
                List.of(id.value(), connectionId.value()));
    }

    /** One query: the user's groups come as a JSON array of [id, display name] pairs beside its row. */
    @Override
    public Optional<UserWithGroups> findWithGroups(ConnectionId connectionId, UserId id) {
        return Db.first(db.execute(), SELECT_WITH_GROUPS + " WHERE user_id = ? AND connection_id = ?",
                PostgresUserRepository::withGroups, List.of(id.value(), connectionId.value()));
    }

    /**
     * The groups of the user of {@code users} (the table or its alias), as a JSON array of [id, display name] pairs,
     * in SCIM order.
     */
    private static String groupsOf(String users) {
        return "(SELECT coalesce(json_agg(json_build_array(g.group_id, g.display_name) ORDER BY g.display_name_key, "
                + "g.group_id), '[]') FROM group_members m JOIN scim_groups g ON g.connection_id = m.connection_id "
                + "AND g.group_id = m.group_id WHERE m.connection_id = " + users + ".connection_id AND m.user_id = "
                + users + ".user_id)::text";
    }

    private static UserWithGroups withGroups(DbRow row) {
        String json = Rows.string(row, "groups");
        List<GroupRef> groups = new ArrayList<>();
        if (!"[]".equals(json)) {
            JsonCodec.readTree(json).forEach(pair -> groups.add(new GroupRef(new GroupId(pair.get(0).asText()),
                    pair.get(1).asText())));
        }
        return new UserWithGroups(UserRows.user(row), groups);
    }

    /** The user's connection first ({@code user_connections}), then the user by both keys. */
    @Override
    public Optional<User> findById(UserId id) {
        return UserConnections.of(db.execute(), id).flatMap(connectionId -> findById(connectionId, id));
    }

    @Override
    public void update(UserWrite.Update write) {
        User updated = write.user();
        List<Object> params = new ArrayList<>(Db.params(UserRows.profile(updated), UserRows.profileCi(updated),
                UserRows.identities(updated), updated.keys().userName(), updated.keys().userIdAttribute(),
                Rows.timestamp(updated.updatedAt()), updated.version(), updated.id().value(),
                updated.connectionId().value(), write.expectedVersion()));
        params.add(PostgresLogRepository.json(write.logs()));
        long changed;
        try {
            changed = Db.first(db.execute(), UPDATE, row -> Rows.longValue(row, "n"), params).orElse(0L);
        } catch (RuntimeException e) {
            throw translate(e, updated);
        }
        requireOneRow(db.execute(), changed, updated.connectionId(), updated.id());
    }

    /** The group memberships first, in the order every group write locks: groups, then their members. */
    @Override
    public void delete(UserWrite.Delete write) {
        db.inTransaction(tx -> {
            PostgresGroupRepository.leaveGroups(tx, write.connectionId(), write.id());
            List<Object> params = new ArrayList<>(Db.params(write.id().value(), write.connectionId().value(),
                    write.expectedVersion(), randomSlot()));
            params.add(PostgresLogRepository.json(write.logs()));
            long deleted = Db.first(tx, DELETE, row -> Rows.longValue(row, "n"), params).orElse(0L);
            requireOneRow(tx, deleted, write.connectionId(), write.id());
            return null;
        });
    }

    /** As {@link #delete}, but the row moves to {@code soft_deleted_users} ({@link SoftDeletedUserRows}). */
    @Override
    public void softDelete(UserWrite.SoftDelete write) {
        User kept = write.user();
        db.inTransaction(tx -> {
            PostgresGroupRepository.leaveGroups(tx, kept.connectionId(), kept.id());
            long deleted = Db.first(tx, SoftDeletedUserRows.SOFT_DELETE, row -> Rows.longValue(row, "n"),
                    SoftDeletedUserRows.softDeleteParams(write, randomSlot())).orElse(0L);
            requireOneRow(tx, deleted, kept.connectionId(), kept.id());
            return null;
        });
    }

    @Override
    public Optional<SoftDeletedUser> findRestorable(ConnectionId connectionId, String userIdAttributeKey,
                                                    Instant now) {
        return userIdAttributeKey == null ? Optional.empty()
                : SoftDeletedUserRows.findRestorable(db.execute(), connectionId, userIdAttributeKey, now);
    }

    @Override
    public boolean isSoftDeleted(ConnectionId connectionId, UserId id, Instant now) {
        return Db.first(db.execute(), "SELECT 1 AS found FROM soft_deleted_users WHERE user_id = ? "
                        + "AND connection_id = ? AND restore_until > ?", row -> true,
                List.of(id.value(), connectionId.value(), Rows.timestamp(now))).orElse(false);
    }

    @Override
    public boolean restore(UserWrite.Restore write) {
        try {
            return Db.first(db.execute(), SoftDeletedUserRows.RESTORE, row -> Rows.longValue(row, "n"),
                    SoftDeletedUserRows.restoreParams(write, randomSlot())).orElse(0L) == 1;
        } catch (RuntimeException e) {
            throw translate(e, write.user());
        }
    }

    @Override
    public Page<SoftDeletedUser> softDeleted(ConnectionId connectionId, long offset, int limit) {
        return SoftDeletedUserRows.page(db.execute(), connectionId, offset, limit);
    }

    @Override
    public int purgeSoftDeleted(Instant now, int limit) {
        return SoftDeletedUserRows.purge(db.execute(), now, limit);
    }

    @Override
    public Page<User> search(ConnectionId connectionId, ProfileCondition condition, SortKey sort, long offset,
                             int limit) {
        return search(connectionId, condition, sort, offset, limit, false, UserRows::user);
    }

    /** The page and each user's groups in one query (SCIM lists show every user's groups). */
    @Override
    public Page<UserWithGroups> searchWithGroups(ConnectionId connectionId, ProfileCondition condition, SortKey sort,
                                                 long offset, int limit) {
        return search(connectionId, condition, sort, offset, limit, true, PostgresUserRepository::withGroups);
    }

    private <T> Page<T> search(ConnectionId connectionId, ProfileCondition condition, SortKey sort, long offset,
                               int limit, boolean withGroups, Function<DbRow, T> mapper) {
        ProfileConditionSql.Fragment fragment = ProfileConditionSql.translate(condition);
        List<Object> params = new ArrayList<>();
        params.add(connectionId.value());
        params.addAll(fragment.params());
        PageQuery query = new PageQuery("connection_id = ? AND (" + fragment.sql() + ")", params, withGroups);
        if (condition instanceof ProfileCondition.MatchAll && (sort == null || sort.path() == null)) {
            return page(query, PageOrder.CREATION, offset, limit, mapper, connectionTotal(connectionId));
        }
        if (sort == null || sort.path() == null) {
            return page(query, PageOrder.CREATION, offset, limit, mapper, null);
        }
        // Text in code point order; a missing value is NULL, first ascending and last descending (as MongoDB does).
        String column = sort.caseExact() ? "profile" : "profile_ci";
        String direction = sort.descending() ? "DESC NULLS LAST" : "ASC NULLS FIRST";
        Object segments = sort.path().segments().toArray(String[]::new);
        // Numbers by value; anything else in a number's place sorts as missing.
        PageOrder order = sort.numeric()
                ? new PageOrder(", CASE WHEN jsonb_typeof(profile #> ?::text[]) = 'number' THEN (profile #> ?::text[])"
                        + "::numeric END AS sort_key", List.of(segments, segments), "sort_key " + direction + ", seq",
                        "page.sort_key " + direction + ", page.page_seq")
                : new PageOrder(", (" + column + " #>> ?::text[]) COLLATE \"C\" AS sort_key", List.of(segments),
                        "sort_key " + direction + ", seq", "page.sort_key " + direction + ", page.page_seq");
        return page(query, order, offset, limit, mapper, null);
    }

    /**
     * A keyset page: the rows after the position in the listing's order, found through the index on
     * {@code (connection_id, seq)} (or the sort key's order) with no OFFSET to count past, one row more than the page
     * to know whether another follows.
     */
    @Override
    public PagePosition.Page<UserWithGroups> searchWithGroupsAfter(ConnectionId connectionId,
                                                                   ProfileCondition condition, SortKey sort,
                                                                   PagePosition after, long skip, int limit) {
        ProfileConditionSql.Fragment fragment = ProfileConditionSql.translate(condition);
        List<Object> params = new ArrayList<>();
        params.add(connectionId.value());
        params.addAll(fragment.params());
        PageQuery query = new PageQuery("connection_id = ? AND (" + fragment.sql() + ")", params, true);
        long total = condition instanceof ProfileCondition.MatchAll ? connectionTotal(connectionId) : count(query);
        if (limit <= 0) {
            return new PagePosition.Page<>(List.of(), total, null);
        }
        UserKeyset keyset = UserKeyset.of(sort);
        List<Object> pageParams = new ArrayList<>(keyset.selectParams());
        pageParams.addAll(query.params());
        String seek = keyset.after(after, pageParams);
        // OFFSET and LIMIT are written as numbers, not parameters: see bounds().
        String cut = keyset.orderBy("sort_key", "seq") + bounds(skip, limit + 1);
        boolean fromTheEnd = after == null && keyset.expression() == null
                && condition instanceof ProfileCondition.MatchAll && skip < total && skip > total - skip - limit;
        if (fromTheEnd) {
            // Nearer the end than the start, with the total known: counted from the end, so a cold jump to the last
            // page (another node's import loop, a client that jumps) costs what the first page does (issue 20).
            cut = "seq DESC" + bounds(total - skip - limit, (int) Math.min(limit, total - skip));
        }
        String ids = "SELECT connection_id AS page_connection, user_id AS page_user, seq AS page_seq, "
                + keyset.select() + " AS sort_key FROM users WHERE " + query.where() + seek + " ORDER BY " + cut;
        String sql = "SELECT " + UserRows.COLUMNS + ", " + groupsOf("users") + " AS groups, page.page_seq, "
                + "page.sort_key::text AS page_sort_key FROM (" + ids + ") page JOIN users "
                + "ON users.connection_id = page.page_connection AND users.user_id = page.page_user ORDER BY "
                + keyset.orderBy("page.sort_key", "page.page_seq");
        List<Positioned> rows = Db.query(db.execute(), sql, row -> new Positioned(withGroups(row),
                keyset.position(Rows.longValue(row, "page_seq"), row.column("page_sort_key").get(String.class))),
                pageParams);
        if (fromTheEnd && !rows.isEmpty() && skip + rows.size() < total) {
            return new PagePosition.Page<>(rows.stream().map(Positioned::user).toList(), total,
                    rows.getLast().position());
        }
        if (rows.size() <= limit) {
            return new PagePosition.Page<>(rows.stream().map(Positioned::user).toList(), total, null);
        }
        List<Positioned> page = rows.subList(0, limit);
        return new PagePosition.Page<>(page.stream().map(Positioned::user).toList(), total,
                page.getLast().position());
    }

    /** A user of a keyset page and its position there. */
    private record Positioned(UserWithGroups user, PagePosition position) {
    }

    @Override
    public Page<User> list(ConnectionId connectionId, UserQuery query, long offset, int limit) {
        if (connectionId == null && query.userId() != null) {
            // One user id names one connection: the listing is that connection's, not every connection's.
            Optional<ConnectionId> owner = UserConnections.of(db.execute(), new UserId(query.userId()));
            if (owner.isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            connectionId = owner.get();
        }
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (connectionId != null) {
            where.add("connection_id = ?");
            params.add(connectionId.value());
        }
        for (String word : query.words()) {
            // Any string value of the canonical profile, or the user id, containing the word (keys do not count).
            where.add("(strpos(lower(user_id), ?) > 0 OR EXISTS (SELECT 1 FROM jsonb_path_query(profile_ci, "
                    + "'strict $.**') AS v(value) WHERE jsonb_typeof(v.value) = 'string' "
                    + "AND strpos(v.value #>> '{}', ?) > 0))");
            String canonical = CanonicalForm.of(word);
            params.add(canonical);
            params.add(canonical);
        }
        if (query.email() != null) {
            where.add("profile_ci ->> 'email' = ?");
            params.add(CanonicalForm.of(query.email()));
        }
        if (query.name() != null) {
            where.add("profile_ci ->> 'name' = ?");
            params.add(CanonicalForm.of(query.name()));
        }
        if (query.userId() != null) {
            where.add("user_id = ?");
            params.add(query.userId());
        }
        if (connectionId == null) {
            // Every connection's users: a multi-shard query on Citus (docs/scaling.md).
            where.addFirst("/* all connections: management api listing */ TRUE");
        }
        return page(new PageQuery(where.isEmpty() ? "TRUE" : String.join(" AND ", where), params, false),
                PageOrder.CREATION, offset, limit, UserRows::user, null);
    }

    /**
     * " OFFSET n LIMIT m" with the numbers written into the statement (issue 20). As parameters, a
     * prepared page statement soon runs on PostgreSQL's generic plan, which cannot know the page is small: it
     * estimated a tenth of the table for the page and joined the page to {@code users} by hashing the whole table (a
     * sequential scan, 40 ms at 100,000 users and growing with them, on every page, the first one too). With the
     * numbers in the text, every plan knows the page holds at most m rows and looks its users up by key. They are
     * numbers the server computes, never text of a request.
     */
    private static String bounds(long offset, int limit) {
        return " OFFSET " + Math.max(offset, 0) + " LIMIT " + Math.max(limit, 0);
    }

    /** The number of users of a connection, summed from its count slots instead of counting its rows. */
    private long connectionTotal(ConnectionId connectionId) {
        return Db.first(db.execute(), "SELECT coalesce(sum(n), 0) AS total FROM user_counts WHERE connection_id = ?",
                row -> Rows.longValue(row, "total"), List.of(connectionId.value())).orElse(0L);
    }

    /** The rows a page is cut from, and whether each user's groups come with it. */
    private record PageQuery(String where, List<Object> params, boolean withGroups) {
    }

    /**
     * A page's order: what the page's select list adds for it (a sort key, with its parameters), its ORDER BY there,
     * and the same order over the page's columns, for the query that reads the page's users.
     */
    private record PageOrder(String selectExtra, List<Object> selectParams, String orderBy, String pageOrderBy) {
        static final PageOrder CREATION = new PageOrder("", List.of(), "seq", "page.page_seq");
    }

    /**
     * One page in {@code order}. The page is cut from ids alone and its users are read afterwards, with their groups
     * when asked: PostgreSQL computes a select list for every row OFFSET skips, so reading profiles and groups in the
     * page's own query made each deep page of Okta's import loop pay for all the users before it. The total is counted
     * only when the page cannot tell it: a page with room to spare that starts at a row that exists holds the last
     * match, so a filter that finds one user ({@code userName eq}) costs one query, not two.
     */
    private <T> Page<T> page(PageQuery query, PageOrder order, long offset, int limit, Function<DbRow, T> mapper,
                             Long knownTotal) {
        if (limit <= 0 || (knownTotal != null && offset >= knownTotal)) {
            return new Page<>(List.of(), knownTotal != null ? knownTotal : count(query));
        }
        List<Object> pageParams = new ArrayList<>(order.selectParams());
        pageParams.addAll(query.params());
        String cut = order.orderBy() + bounds(offset, limit);
        if (knownTotal != null && order == PageOrder.CREATION && offset > knownTotal - offset - limit) {
            // Nearer the end than the start: counted from the end, so a cold jump to the last page costs what the
            // first one does. A page in the middle still counts half the listing (docs/filters.md).
            cut = "seq DESC" + bounds(knownTotal - offset - limit, (int) Math.min(limit, knownTotal - offset));
        }
        String ids = "SELECT connection_id AS page_connection, user_id AS page_user, seq AS page_seq"
                + order.selectExtra() + " FROM users WHERE " + query.where() + " ORDER BY " + cut;
        String groups = query.withGroups() ? ", " + groupsOf("users") + " AS groups" : "";
        String sql = "SELECT " + UserRows.COLUMNS + groups + " FROM (" + ids + ") page JOIN users "
                + "ON users.connection_id = page.page_connection AND users.user_id = page.page_user ORDER BY "
                + order.pageOrderBy();
        List<T> items = Db.query(db.execute(), sql, mapper, pageParams);
        if (knownTotal != null) {
            return new Page<>(items, knownTotal);
        }
        boolean holdsTheLast = items.size() < limit && (!items.isEmpty() || offset <= 0);
        return new Page<>(items, holdsTheLast ? Math.max(offset, 0) + items.size() : count(query));
    }

    private long count(PageQuery query) {
        return Db.first(db.execute(), "SELECT count(*) AS total FROM users WHERE " + query.where(),
                row -> Rows.longValue(row, "total"), query.params()).orElse(0L);
    }

    /** A guarded write that touched no row lost a race (412) or found the user gone (404). */
    private static void requireOneRow(DbExecute tx, long rows, ConnectionId connectionId, UserId id) {
        if (rows == 1) {
            return;
        }
        boolean exists = Db.first(tx, "SELECT 1 AS found FROM users WHERE user_id = ? AND connection_id = ?",
                row -> true, List.of(id.value(), connectionId.value())).isPresent();
        if (exists) {
            throw PreconditionFailedException.versionMismatch(id.value());
        }
        throw NotFoundException.resource("User", id.value());
    }

    private static RuntimeException translate(RuntimeException failure, User user) {
        if (SqlErrors.is(failure, SqlErrors.UNIQUE_VIOLATION)) {
            String constraint = SqlErrors.constraint(failure, SqlErrors.UNIQUE_VIOLATION).orElse("");
            return switch (constraint) {
                case "users_user_name_unique" -> user.userNameTaken();
                case "users_user_id_attribute_unique" -> user.userIdAttributeTaken();
                default -> user.idTaken();
            };
        }
        if (SqlErrors.is(failure, SqlErrors.NOT_NULL_VIOLATION)) {
            // user_connections refused the id: a user of another connection holds it (REGISTERED).
            return user.idTaken();
        }
        if (SqlErrors.is(failure, SqlErrors.FOREIGN_KEY_VIOLATION)) {
            return NotFoundException.resource("Connection", user.connectionId().value());
        }
        if (SqlErrors.is(failure, SqlErrors.UNTRANSLATABLE_CHARACTER)
                || SqlErrors.is(failure, SqlErrors.CHARACTER_NOT_IN_REPERTOIRE)) {
            return BadRequestException.invalidValue("Attribute values must not contain the NUL character");
        }
        return failure;
    }
}

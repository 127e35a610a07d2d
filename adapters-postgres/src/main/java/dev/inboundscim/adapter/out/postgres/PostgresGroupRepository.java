package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.GroupRepository;
import dev.inboundscim.application.port.out.GroupWrite;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.error.PreconditionFailedException;
import dev.inboundscim.domain.group.Group;
import dev.inboundscim.domain.group.GroupCondition;
import dev.inboundscim.domain.group.GroupEdit;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.group.GroupMember;
import dev.inboundscim.domain.group.GroupRef;
import dev.inboundscim.domain.group.GroupSort;
import dev.inboundscim.domain.group.MembershipChange;
import dev.inboundscim.domain.mapping.ProfilePath;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.scim.paging.PagePosition;
import dev.inboundscim.domain.user.UserId;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups in {@code scim_groups}, memberships in {@code group_members}. A write locks its group row first (the
 * guarded {@code UPDATE}), then changes only the membership rows its delta names, and keeps {@code member_count}
 * and the log entry in the same transaction; member ids travel as one {@code text[]} parameter.
 */
final class PostgresGroupRepository implements GroupRepository {

    private static final String COLUMNS = "g.group_id, g.connection_id, g.display_name, g.external_id, "
            + "g.created_at, g.updated_at, g.version, g.member_count";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM scim_groups g";

    /**
     * The statements of a group write, in the order a write runs them inside its transaction. The group row is
     * locked first (by its guarded {@code UPDATE}, or the connection's row for a creation), so the membership
     * statements after it see every concurrent delta that committed before.
     */
    private static final String LOCK_CONNECTION = """
            SELECT 1 AS found FROM connections WHERE id = ? FOR NO KEY UPDATE""";
    private static final String COUNT_GROUPS = """
            SELECT count(*) AS total FROM scim_groups WHERE connection_id = ?""";
    private static final String INSERT_GROUP = """
            INSERT INTO scim_groups (group_id, connection_id, display_name, display_name_key, external_id,
                                     member_count, created_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    /** A null name or externalId flag leaves the column as it is; a null expected version accepts any. */
    private static final String UPDATE_GROUP = """
            UPDATE scim_groups
            SET display_name = COALESCE(?::text, display_name),
                display_name_key = COALESCE(?::text, display_name_key),
                external_id = CASE WHEN ?::boolean THEN ?::text ELSE external_id END,
                updated_at = ?,
                version = version + 1
            WHERE group_id = ? AND connection_id = ? AND (?::bigint IS NULL OR version = ?)""";
    private static final String DELETE_GROUP = """
            DELETE FROM scim_groups
            WHERE group_id = ? AND connection_id = ? AND (?::bigint IS NULL OR version = ?)""";
    /** The group id, unique across connections through {@code group_connections} (V21). */
    private static final String REGISTER_GROUP = """
            INSERT INTO group_connections (group_id, connection_id) VALUES (?, ?)""";
    private static final String UNREGISTER_GROUP = """
            DELETE FROM group_connections WHERE group_id = ? AND connection_id = ?""";
    /** The first id of the array that names no user of the connection, if any. */
    private static final String FIRST_NON_MEMBER = """
            SELECT candidate.id
            FROM unnest(?::text[]) AS candidate (id)
            WHERE NOT EXISTS (SELECT 1 FROM users u WHERE u.user_id = candidate.id AND u.connection_id = ?)
            LIMIT 1""";
    private static final String REMOVE_ALL_BUT = """
            DELETE FROM group_members WHERE connection_id = ? AND group_id = ? AND NOT (user_id = ANY (?::text[]))""";
    private static final String REMOVE_MEMBERS = """
            DELETE FROM group_members WHERE connection_id = ? AND group_id = ? AND user_id = ANY (?::text[])""";
    private static final String ADD_MEMBERS = """
            INSERT INTO group_members (connection_id, group_id, user_id)
            SELECT ?, ?, unnest(?::text[])
            ON CONFLICT DO NOTHING""";
    private static final String RECOUNT = """
            UPDATE scim_groups SET member_count = member_count + ? WHERE connection_id = ? AND group_id = ?
            RETURNING member_count""";
    /** The groups a deleted user leaves: locked in id order, as every group write locks its group first. */
    private static final String LEAVE_GROUPS = """
            UPDATE scim_groups
            SET member_count = member_count - 1,
                version = version + 1,
                updated_at = date_trunc('milliseconds', clock_timestamp())
            WHERE connection_id = ?
            AND group_id IN (SELECT g.group_id
                             FROM scim_groups g
                             JOIN group_members m ON m.connection_id = g.connection_id AND m.group_id = g.group_id
                             WHERE m.connection_id = ? AND m.user_id = ?
                             ORDER BY g.group_id
                             FOR UPDATE OF g)""";
    private static final String DROP_MEMBERSHIPS = """
            DELETE FROM group_members WHERE connection_id = ? AND user_id = ?""";

    private final Db db;

    PostgresGroupRepository(Db db) {
        this.db = db;
    }

    @Override
    public void insert(GroupWrite.Insert write) {
        Group group = write.group();
        Set<UserId> members = write.members();
        long maxGroupsPerConnection = write.maxGroupsPerConnection();
        long maxMembersPerGroup = write.maxMembersPerGroup();
        if (members.size() > maxMembersPerGroup) {
            throw tooManyMembers(maxMembersPerGroup);
        }
        try {
            db.inTransaction(tx -> {
                // Serialises group creation per connection, so the limit holds under concurrent creates; users of
                // the connection can still be written meanwhile (their foreign key takes a weaker lock).
                boolean connectionExists = Db.first(tx, LOCK_CONNECTION, row -> true,
                        List.of(group.connectionId().value())).isPresent();
                if (!connectionExists) {
                    throw NotFoundException.resource("Connection", group.connectionId().value());
                }
                long count = Db.first(tx, COUNT_GROUPS, row -> Rows.longValue(row, "total"),
                        List.of(group.connectionId().value())).orElse(0L);
                if (count >= maxGroupsPerConnection) {
                    throw BadRequestException.tooMany("this connection already holds its limit of "
                            + maxGroupsPerConnection + " groups");
                }
                requireUsersOf(tx, group.connectionId(), members);
                Db.dml(tx, INSERT_GROUP, Db.params(group.id().value(), group.connectionId().value(), group.displayName(),
                                group.displayNameKey(), group.externalId(), members.size(),
                                Rows.timestamp(group.createdAt()), Rows.timestamp(group.updatedAt()),
                                group.version()));
                Db.dml(tx, REGISTER_GROUP, List.of(group.id().value(), group.connectionId().value()));
                addMembers(tx, group.connectionId(), group.id(), members);
                PostgresLogRepository.insert(tx, write.logs());
                return null;
            });
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    @Override
    public Optional<Group> findById(ConnectionId connectionId, GroupId id) {
        return Db.first(db.execute(), SELECT + " WHERE g.group_id = ? AND g.connection_id = ?",
                PostgresGroupRepository::group, List.of(id.value(), connectionId.value()));
    }

    /** The group's connection first ({@code group_connections}), then the group by both keys. */
    @Override
    public Optional<Group> findById(GroupId id) {
        return UserConnections.ofGroup(db.execute(), id).flatMap(connectionId -> findById(connectionId, id));
    }

    @Override
    public Group update(GroupWrite.Update write) {
        ConnectionId connectionId = write.connectionId();
        GroupId id = write.id();
        Long expectedVersion = write.expectedVersion();
        GroupEdit edit = write.edit();
        try {
            return db.inTransaction(tx -> {
                long changed = Db.dml(tx, UPDATE_GROUP, Db.params(edit.displayName(),
                        edit.displayName() == null ? null : Group.key(edit.displayName()), edit.externalIdChanged(),
                        edit.externalId(), Rows.timestamp(write.now()), id.value(), connectionId.value(),
                        expectedVersion, expectedVersion));
                requireOneRow(tx, changed, connectionId, id);
                applyMembership(tx, connectionId, id, edit.members(), write.maxMembersPerGroup());
                PostgresLogRepository.insert(tx, write.logs());
                return Db.first(tx, SELECT + " WHERE g.connection_id = ? AND g.group_id = ?",
                        PostgresGroupRepository::group, List.of(connectionId.value(), id.value())).orElseThrow();
            });
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private static void applyMembership(DbExecute tx, ConnectionId connectionId, GroupId id, MembershipChange change,
                                        long maxMembersPerGroup) {
        if (change.isEmpty()) {
            return;
        }
        requireUsersOf(tx, connectionId, change.added());
        long removed;
        if (change.replaceAll()) {
            removed = Db.dml(tx, REMOVE_ALL_BUT, List.of(connectionId.value(), id.value(), array(change.added())));
        } else {
            removed = change.removed().isEmpty() ? 0
                    : Db.dml(tx, REMOVE_MEMBERS, List.of(connectionId.value(), id.value(), array(change.removed())));
        }
        long added = addMembers(tx, connectionId, id, change.added());
        long count = Db.first(tx, RECOUNT, row -> Rows.longValue(row, "member_count"),
                List.of(added - removed, connectionId.value(), id.value())).orElseThrow();
        if (count > maxMembersPerGroup) {
            throw tooManyMembers(maxMembersPerGroup);
        }
    }

    private static long addMembers(DbExecute tx, ConnectionId connectionId, GroupId id, Set<UserId> members) {
        if (members.isEmpty()) {
            return 0;
        }
        return Db.dml(tx, ADD_MEMBERS, List.of(connectionId.value(), id.value(), array(members)));
    }

    /** Every id must name a user of the connection; the first that does not is named in the 400. */
    private static void requireUsersOf(DbExecute tx, ConnectionId connectionId, Set<UserId> members) {
        if (members.isEmpty()) {
            return;
        }
        Optional<String> missing = Db.first(tx, FIRST_NON_MEMBER, row -> Rows.string(row, "id"),
                List.of(array(members), connectionId.value()));
        if (missing.isPresent()) {
            throw BadRequestException.invalidValue("member " + missing.get() + " is not a user of this connection");
        }
    }

    @Override
    public void delete(GroupWrite.Delete write) {
        ConnectionId connectionId = write.connectionId();
        GroupId id = write.id();
        Long expectedVersion = write.expectedVersion();
        db.inTransaction(tx -> {
            long deleted = Db.dml(tx, DELETE_GROUP, Db.params(id.value(), connectionId.value(), expectedVersion,
                    expectedVersion));
            requireOneRow(tx, deleted, connectionId, id);
            Db.dml(tx, UNREGISTER_GROUP, List.of(id.value(), connectionId.value()));
            PostgresLogRepository.insert(tx, write.logs());
            return null;
        });
    }

    @Override
    public Page<Group> search(ConnectionId connectionId, GroupCondition condition, GroupSort sort, long offset,
                              int limit) {
        ProfileConditionSql.Fragment fragment = GroupConditionSql.translate(condition);
        List<Object> params = new ArrayList<>();
        params.add(connectionId.value());
        params.addAll(fragment.params());
        return page("g.connection_id = ? AND (" + fragment.sql() + ")", params, order(sort), offset, limit);
    }

    /**
     * A keyset page: the groups after the position in the listing's order, with no OFFSET to count past, one row more
     * than the page to know whether another follows.
     */
    @Override
    public PagePosition.Page<Group> searchAfter(ConnectionId connectionId, GroupCondition condition, GroupSort sort,
                                                PagePosition after, long skip, int limit) {
        ProfileConditionSql.Fragment fragment = GroupConditionSql.translate(condition);
        List<Object> params = new ArrayList<>();
        params.add(connectionId.value());
        params.addAll(fragment.params());
        String where = "g.connection_id = ? AND (" + fragment.sql() + ")";
        DbExecute execute = db.execute();
        long total = Db.first(execute, "SELECT count(*) AS total FROM scim_groups g WHERE " + where,
                row -> Rows.longValue(row, "total"), params).orElse(0L);
        if (limit <= 0) {
            return new PagePosition.Page<>(List.of(), total, null);
        }
        GroupKeyset keyset = GroupKeyset.of(sort);
        List<Object> pageParams = new ArrayList<>(params);
        String seek = keyset.after(after, pageParams);
        List<Map.Entry<Group, Long>> rows = Db.query(execute, "SELECT " + COLUMNS + ", g.seq FROM scim_groups g WHERE "
                + where + seek + " ORDER BY " + keyset.orderBy() + " OFFSET " + Math.max(skip, 0) + " LIMIT "
                + (limit + 1),
                row -> Map.entry(group(row), Rows.longValue(row, "seq")), pageParams);
        List<Map.Entry<Group, Long>> page = rows.subList(0, Math.min(limit, rows.size()));
        PagePosition next = rows.size() > limit
                ? GroupSort.position(sort, page.getLast().getKey(), page.getLast().getValue()) : null;
        return new PagePosition.Page<>(page.stream().map(Map.Entry::getKey).toList(), total, next);
    }

    @Override
    public Page<Group> list(ConnectionId connectionId, long offset, int limit) {
        // Every connection's groups: a multi-shard query on Citus (docs/scaling.md).
        return connectionId == null ? page("/* all connections: management api listing */ TRUE", List.of(), "g.seq",
                offset, limit)
                : page("g.connection_id = ?", List.of(connectionId.value()), "g.seq", offset, limit);
    }

    private Page<Group> page(String where, List<Object> params, String order, long offset, int limit) {
        DbExecute execute = db.execute();
        long total = Db.first(execute, "SELECT count(*) AS total FROM scim_groups g WHERE " + where,
                row -> Rows.longValue(row, "total"), params).orElse(0L);
        if (limit <= 0 || offset >= total) {
            return new Page<>(List.of(), total);
        }
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(Math.max(offset, 0));
        pageParams.add(limit);
        return new Page<>(Db.query(execute, SELECT + " WHERE " + where + " ORDER BY " + order + " OFFSET ? LIMIT ?",
                PostgresGroupRepository::group, pageParams), total);
    }

    /** Missing values first ascending, last descending (as MongoDB orders them); creation order breaks ties. */
    private static String order(GroupSort sort) {
        if (sort == null) {
            return "g.seq";
        }
        String column = switch (sort.key()) {
            case DISPLAY_NAME -> "g.display_name_key";
            case EXTERNAL_ID -> "g.external_id";
            case ID -> "g.group_id";
            case CREATED -> "g.created_at";
            case LAST_MODIFIED -> "g.updated_at";
        };
        return column + (sort.descending() ? " DESC NULLS LAST" : " ASC NULLS FIRST") + ", g.seq";
    }

    /** The group's connection first ({@code group_connections}), then its memberships by both keys. */
    @Override
    public List<GroupMember> members(GroupId id, UserId after, int limit, ProfilePath displayPath) {
        Optional<ConnectionId> owner = UserConnections.ofGroup(db.execute(), id);
        if (owner.isEmpty()) {
            return List.of();
        }
        String connectionId = owner.get().value();
        String afterId = after == null ? "" : after.value();
        if (displayPath == null) {
            return Db.query(db.execute(), "SELECT user_id FROM group_members WHERE connection_id = ? AND group_id = ? "
                    + "AND user_id > ? ORDER BY user_id LIMIT ?", row -> new GroupMember(new UserId(Rows.string(row,
                    "user_id")), null), List.of(connectionId, id.value(), afterId, limit));
        }
        String[] path = displayPath.segments().toArray(String[]::new);
        // The page of ids first (a range of the membership key), then one primary-key lookup per member: a join
        // could make the planner scan every user for each page of a large group.
        return Db.query(db.execute(), "SELECT m.user_id, (SELECT CASE WHEN jsonb_typeof(u.profile #> ?::text[]) "
                + "= 'string' THEN u.profile #>> ?::text[] END FROM users u WHERE u.connection_id = m.connection_id "
                + "AND u.user_id = m.user_id) AS display FROM (SELECT connection_id, user_id FROM group_members "
                + "WHERE connection_id = ? AND group_id = ? AND user_id > ? ORDER BY user_id LIMIT ?) m "
                + "ORDER BY m.user_id", row -> new GroupMember(new UserId(Rows.string(row, "user_id")),
                Rows.string(row, "display")), List.of(path, path, connectionId, id.value(), afterId, limit));
    }

    @Override
    public Map<UserId, List<GroupRef>> groupsOf(Collection<UserId> users) {
        Map<UserId, List<GroupRef>> memberships = new LinkedHashMap<>();
        if (users.isEmpty()) {
            return memberships;
        }
        // The users' connections first (one, for a page of a SCIM listing), then each connection's memberships.
        Map<ConnectionId, List<String>> byConnection = UserConnections.byConnection(db.execute(), users);
        Map<UserId, List<GroupRef>> found = new LinkedHashMap<>();
        byConnection.forEach((connectionId, ids) -> {
            for (DbRow row : Db.query(db.execute(), "SELECT m.user_id, g.group_id, g.display_name "
                    + "FROM group_members m JOIN scim_groups g ON g.connection_id = m.connection_id "
                    + "AND g.group_id = m.group_id WHERE m.connection_id = ? AND m.user_id = ANY (?::text[]) "
                    + "ORDER BY m.user_id, g.display_name_key, g.group_id", row -> row,
                    List.of(connectionId.value(), ids.toArray(String[]::new)))) {
                found.computeIfAbsent(new UserId(Rows.string(row, "user_id")), k -> new ArrayList<>())
                        .add(new GroupRef(new GroupId(Rows.string(row, "group_id")),
                                Rows.string(row, "display_name")));
            }
        });
        // In user id order, as one query over every connection answered.
        found.keySet().stream().sorted((a, b) -> a.value().compareTo(b.value()))
                .forEach(user -> memberships.put(user, found.get(user)));
        return memberships;
    }

    /**
     * Takes a user out of its groups: their counts drop and their versions move, in the caller's transaction and
     * before the user row goes (group rows locked in id order, as every group write locks its group first).
     */
    static void leaveGroups(DbExecute tx, ConnectionId connectionId, UserId userId) {
        Db.dml(tx, LEAVE_GROUPS, List.of(connectionId.value(), connectionId.value(), userId.value()));
        Db.dml(tx, DROP_MEMBERSHIPS, List.of(connectionId.value(), userId.value()));
    }

    private static String[] array(Set<UserId> ids) {
        return ids.stream().map(UserId::value).toArray(String[]::new);
    }

    private static Group group(DbRow row) {
        return new Group(new GroupId(Rows.string(row, "group_id")), new ConnectionId(Rows.string(row,
                "connection_id")), Rows.string(row, "display_name"), Rows.string(row, "external_id"),
                Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"), Rows.longValue(row, "version"),
                Rows.longValue(row, "member_count"));
    }

    /** A guarded write that touched no row lost a race (412) or found the group gone (404). */
    private static void requireOneRow(DbExecute tx, long rows, ConnectionId connectionId, GroupId id) {
        if (rows == 1) {
            return;
        }
        boolean exists = Db.first(tx, "SELECT 1 AS found FROM scim_groups WHERE group_id = ? AND connection_id = ?",
                row -> true, List.of(id.value(), connectionId.value())).isPresent();
        if (exists) {
            throw PreconditionFailedException.versionMismatch(id.value());
        }
        throw NotFoundException.resource("Group", id.value());
    }

    private static BadRequestException tooManyMembers(long max) {
        return BadRequestException.tooMany("a group may hold at most " + max + " members");
    }

    private static RuntimeException translate(RuntimeException failure) {
        if (SqlErrors.is(failure, SqlErrors.UNIQUE_VIOLATION)) {
            return ConflictException.uniqueness("A group with this displayName already exists");
        }
        if (SqlErrors.is(failure, SqlErrors.FOREIGN_KEY_VIOLATION)) {
            // A member deleted between the check and the insert.
            return BadRequestException.invalidValue("a member is not a user of this connection");
        }
        if (SqlErrors.is(failure, SqlErrors.UNTRANSLATABLE_CHARACTER)
                || SqlErrors.is(failure, SqlErrors.CHARACTER_NOT_IN_REPERTOIRE)) {
            return BadRequestException.invalidValue("Attribute values must not contain the NUL character");
        }
        return failure;
    }
}

package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.RoleAssignmentWrite;
import dev.inboundscim.application.port.out.RoleRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.group.GroupId;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.role.HeldRole;
import dev.inboundscim.domain.role.Role;
import dev.inboundscim.domain.role.RoleFilter;
import dev.inboundscim.domain.role.RoleHolder;
import dev.inboundscim.domain.role.RoleId;
import dev.inboundscim.domain.role.RoleSource;
import dev.inboundscim.domain.role.UserRoleSource;
import dev.inboundscim.domain.scim.paging.Page;
import dev.inboundscim.domain.user.UserId;
import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Roles in {@code roles}, assignments in {@code user_roles}, {@code group_roles} and {@code organization_group_roles}
 * ({@code V18__roles.sql}). An assignment write is one transaction: each change, then the entries of the changes
 * that changed a row, through {@code store_log_rows}.
 */
final class PostgresRoleRepository implements RoleRepository {

    private static final String COLUMNS = "r.role_id, r.name, r.description, r.created_at, r.updated_at";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM roles r";

    /**
     * A user's tenant-level roles: its own rows, and its groups' through its memberships (both by user index), all
     * within the user's connection.
     */
    private static final String HELD = """
            WITH own AS (
                SELECT role_id, source, NULL::text AS group_id FROM user_roles WHERE connection_id = ? AND user_id = ?
            ),
            inherited AS (
                SELECT assigned.role_id, NULL::text AS source, assigned.group_id
                FROM group_members member
                JOIN group_roles assigned
                  ON assigned.connection_id = member.connection_id AND assigned.group_id = member.group_id
                WHERE member.connection_id = ? AND member.user_id = ?
            ),
            held AS (
                SELECT * FROM own UNION ALL SELECT * FROM inherited
            )
            SELECT %s, held.source, held.group_id
            FROM held JOIN roles r ON r.role_id = held.role_id""".formatted(COLUMNS);

    /** The organizations the user is a member of, each with the roles its groups hold there (none: one null row). */
    private static final String HELD_IN_ORGANIZATIONS = """
            WITH memberships AS (
                SELECT org_id FROM organization_members WHERE connection_id = ? AND user_id = ?
            ),
            inherited AS (
                SELECT assigned.org_id, assigned.role_id, assigned.group_id
                FROM group_members member
                JOIN organization_group_roles assigned
                  ON assigned.connection_id = member.connection_id AND assigned.group_id = member.group_id
                WHERE member.connection_id = ? AND member.user_id = ?
            )
            SELECT memberships.org_id, %s, inherited.group_id
            FROM memberships
            LEFT JOIN inherited ON inherited.org_id = memberships.org_id
            LEFT JOIN roles r ON r.role_id = inherited.role_id
            ORDER BY memberships.org_id""".formatted(COLUMNS);

    private final Db db;

    PostgresRoleRepository(Db db) {
        this.db = db;
    }

    @Override
    public void insert(Role role) {
        try {
            Db.dml(db.execute(), """
                    INSERT INTO roles (role_id, name, name_key, description, display_key, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", Db.params(role.id().value(), role.name(), role.nameKey(),
                    role.description(), role.displayKey(), Rows.timestamp(role.createdAt()),
                    Rows.timestamp(role.updatedAt())));
        } catch (RuntimeException e) {
            throw translate(e, role);
        }
    }

    @Override
    public Optional<Role> findById(RoleId id) {
        return Db.first(db.execute(), SELECT + " WHERE r.role_id = ?", PostgresRoleRepository::role,
                List.of(id.value()));
    }

    @Override
    public List<Role> findAll(Collection<RoleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Db.query(db.execute(), SELECT + " WHERE r.role_id = ANY (?::text[])", PostgresRoleRepository::role,
                List.of((Object) ids.stream().map(RoleId::value).toArray(String[]::new)));
    }

    @Override
    public Page<Role> list(RoleFilter filter, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = " WHERE " + RoleFilterSql.where(filter, params);
        long total = Db.first(db.execute(), "SELECT count(*) AS n FROM roles r" + where,
                row -> Rows.longValue(row, "n"), params).orElse(0L);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(Math.max(0, limit));
        pageParams.add(Math.max(0, offset));
        return new Page<>(Db.query(db.execute(), SELECT + where + " ORDER BY r.seq LIMIT ? OFFSET ?",
                PostgresRoleRepository::role, pageParams), total);
    }

    @Override
    public void update(Role role) {
        long updated;
        try {
            updated = Db.dml(db.execute(), """
                    UPDATE roles SET name = ?, name_key = ?, description = ?, display_key = ?, updated_at = ?
                    WHERE role_id = ?""", Db.params(role.name(), role.nameKey(), role.description(),
                    role.displayKey(), Rows.timestamp(role.updatedAt()), role.id().value()));
        } catch (RuntimeException e) {
            throw translate(e, role);
        }
        if (updated == 0) {
            throw roleNotFound();
        }
    }

    @Override
    public boolean delete(RoleId id) {
        // The assignments go by their foreign keys, in the same statement.
        return Db.dml(db.execute(), "DELETE FROM roles WHERE role_id = ?", List.of(id.value())) == 1;
    }

    @Override
    public void assign(RoleAssignmentWrite write) {
        HolderSql holder = HolderSql.of(write.holder());
        try {
            db.inTransaction(tx -> {
                List<RoutedLogEntry> logs = new ArrayList<>();
                for (RoleAssignmentWrite.Change change : write.assigned()) {
                    if (Db.dml(tx, holder.insert(), holder.params(change.role())) == 1) {
                        logs.addAll(change.logs());
                    }
                }
                for (RoleAssignmentWrite.Change change : write.removed()) {
                    if (Db.dml(tx, holder.delete(), holder.params(change.role())) == 1) {
                        logs.addAll(change.logs());
                    }
                }
                PostgresLogRepository.insert(tx, logs);
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                throw new NotFoundException("The role, or what it is assigned to, was deleted");
            }
            throw e;
        }
    }

    @Override
    public List<Role> assigned(RoleHolder holder) {
        HolderSql sql = HolderSql.of(holder);
        return Db.query(db.execute(), SELECT + " JOIN " + sql.table() + " a ON a.role_id = r.role_id WHERE "
                + sql.keyCondition("a") + " ORDER BY r.name_key, r.role_id", PostgresRoleRepository::role,
                sql.keyParams());
    }

    /** The user's connection first ({@code user_connections}); a user that is not there holds nothing. */
    @Override
    public List<HeldRole> held(UserId userId) {
        Optional<ConnectionId> connection = UserConnections.of(db.execute(), userId);
        if (connection.isEmpty()) {
            return List.of();
        }
        String connectionId = connection.get().value();
        return Db.query(db.execute(), HELD, row -> {
            String groupId = Rows.string(row, "group_id");
            RoleSource source = groupId != null ? new RoleSource.Inherited(new GroupId(groupId))
                    : RoleSource.of(UserRoleSource.fromCode(Rows.string(row, "source")));
            return new HeldRole(role(row), source);
        }, List.of(connectionId, userId.value(), connectionId, userId.value()));
    }

    @Override
    public Map<OrganizationId, List<HeldRole>> heldInOrganizations(UserId userId) {
        Map<OrganizationId, List<HeldRole>> held = new LinkedHashMap<>();
        Optional<ConnectionId> connection = UserConnections.of(db.execute(), userId);
        if (connection.isEmpty()) {
            return held;
        }
        String connectionId = connection.get().value();
        Db.query(db.execute(), HELD_IN_ORGANIZATIONS, row -> row,
                        List.of(connectionId, userId.value(), connectionId, userId.value()))
                .forEach(row -> {
                    List<HeldRole> roles = held.computeIfAbsent(new OrganizationId(Rows.string(row, "org_id")),
                            id -> new ArrayList<>());
                    if (Rows.string(row, "role_id") != null) {
                        roles.add(new HeldRole(role(row),
                                new RoleSource.Inherited(new GroupId(Rows.string(row, "group_id")))));
                    }
                });
        return held;
    }

    private static RuntimeException translate(RuntimeException e, Role role) {
        if (SqlErrors.is(e, SqlErrors.UNIQUE_VIOLATION)) {
            return ConflictException.uniqueness("A role named " + role.name() + " exists");
        }
        return e;
    }

    private static NotFoundException roleNotFound() {
        return new NotFoundException("Role not found");
    }

    static Role role(DbRow row) {
        return new Role(new RoleId(Rows.string(row, "role_id")), Rows.string(row, "name"),
                Rows.string(row, "description"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }

    /** The table and key columns of one kind of holder, its connection first. */
    private record HolderSql(String table, List<String> keyColumns, List<Object> keyParams) {

        static HolderSql of(RoleHolder holder) {
            String connection = holder.connectionId().value();
            return switch (holder) {
                case RoleHolder.OfUser user -> new HolderSql("user_roles", List.of("connection_id", "user_id",
                        "source"), List.of(connection, user.userId().value(), user.source().code()));
                case RoleHolder.OfGroup group -> new HolderSql("group_roles", List.of("connection_id", "group_id"),
                        List.of(connection, group.groupId().value()));
                case RoleHolder.OfOrganizationGroup group -> new HolderSql("organization_group_roles",
                        List.of("connection_id", "group_id", "org_id"), List.of(connection, group.groupId().value(),
                        group.organizationId().value()));
            };
        }

        String keyCondition(String alias) {
            return String.join(" AND ", keyColumns.stream().map(c -> alias + "." + c + " = ?").toList());
        }

        String insert() {
            return "INSERT INTO " + table + " (" + String.join(", ", keyColumns) + ", role_id) VALUES ("
                    + "?, ".repeat(keyColumns.size()) + "?) ON CONFLICT DO NOTHING";
        }

        String delete() {
            return "DELETE FROM " + table + " a WHERE " + keyCondition("a") + " AND a.role_id = ?";
        }

        List<Object> params(RoleId role) {
            List<Object> params = new ArrayList<>(keyParams);
            params.add(role.value());
            return params;
        }
    }
}

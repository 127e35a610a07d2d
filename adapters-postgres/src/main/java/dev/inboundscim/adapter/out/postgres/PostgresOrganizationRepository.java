package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.OrganizationRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.ConflictException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.organization.EnabledConnection;
import dev.inboundscim.domain.organization.Organization;
import dev.inboundscim.domain.organization.OrganizationId;
import dev.inboundscim.domain.user.UserId;
import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.Optional;

/** Organizations, their enabled connections and members; memberships go with the user or the organization. */
final class PostgresOrganizationRepository implements OrganizationRepository {

    private static final String SELECT = "SELECT org_id, name, display_name, created_at FROM organizations";

    private final Db db;
    private final Runnable changedHere;

    /** {@code changedHere} runs after each write that routing reads, so this process sees it at once. */
    PostgresOrganizationRepository(Db db, Runnable changedHere) {
        this.db = db;
        this.changedHere = changedHere;
    }

    @Override
    public void insert(Organization organization) {
        try {
            Db.dml(db.execute(), "INSERT INTO organizations (org_id, name, display_name, created_at) "
                    + "VALUES (?, ?, ?, ?)", Db.params(organization.id().value(), organization.name(),
                    organization.displayName(), Rows.timestamp(organization.createdAt())));
        } catch (RuntimeException e) {
            if (SqlErrors.is(e, SqlErrors.UNIQUE_VIOLATION)) {
                throw ConflictException.uniqueness("An organization named " + organization.name() + " exists");
            }
            throw e;
        }
    }

    @Override
    public Optional<Organization> findById(OrganizationId id) {
        return Db.first(db.execute(), SELECT + " WHERE org_id = ?", PostgresOrganizationRepository::organization,
                List.of(id.value()));
    }

    @Override
    public List<Organization> list() {
        return Db.query(db.execute(), SELECT + " ORDER BY created_at, org_id",
                PostgresOrganizationRepository::organization, List.of());
    }

    @Override
    public boolean delete(OrganizationId id) {
        boolean deleted = Db.dml(db.execute(), "DELETE FROM organizations WHERE org_id = ?", List.of(id.value())) == 1;
        changedHere.run();
        return deleted;
    }

    @Override
    public void enable(EnabledConnection enabled) {
        try {
            Db.dml(db.execute(), "INSERT INTO organization_connections (org_id, connection_id, assign_on_login) "
                    + "VALUES (?, ?, ?) ON CONFLICT (org_id, connection_id) DO UPDATE SET "
                    + "assign_on_login = EXCLUDED.assign_on_login", List.of(enabled.organizationId().value(),
                    enabled.connectionId().value(), enabled.assignMembershipOnLogin()));
            changedHere.run();
        } catch (RuntimeException e) {
            if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                throw new NotFoundException("The organization or the connection was deleted");
            }
            throw e;
        }
    }

    @Override
    public List<EnabledConnection> enabledConnections(OrganizationId id) {
        return Db.query(db.execute(), "SELECT org_id, connection_id, assign_on_login FROM organization_connections "
                + "WHERE org_id = ? ORDER BY connection_id", row -> new EnabledConnection(
                new OrganizationId(Rows.string(row, "org_id")), new ConnectionId(Rows.string(row, "connection_id")),
                Rows.bool(row, "assign_on_login")), List.of(id.value()));
    }

    @Override
    public List<OrganizationId> assigning(ConnectionId connectionId) {
        return Db.query(db.execute(), """
                SELECT org_id FROM organization_connections
                WHERE connection_id = ? AND assign_on_login
                ORDER BY org_id""", row -> new OrganizationId(Rows.string(row, "org_id")),
                List.of(connectionId.value()));
    }

    /**
     * The user's connection first ({@code user_connections}), then one statement; a user already gone (deleted right
     * after its creation) joins nothing.
     */
    @Override
    public List<OrganizationId> join(List<OrganizationId> organizations, UserId userId) {
        if (organizations.isEmpty()) {
            return List.of();
        }
        Optional<ConnectionId> connection = UserConnections.of(db.execute(), userId);
        if (connection.isEmpty()) {
            return List.of();
        }
        return Db.query(db.execute(), """
                WITH joining AS (
                    SELECT organization.org_id, member.connection_id, member.user_id
                    FROM organizations organization
                    JOIN users member ON member.connection_id = ? AND member.user_id = ?
                    WHERE organization.org_id = ANY (?::text[])
                ),
                added AS (
                    INSERT INTO organization_members (connection_id, org_id, user_id)
                    SELECT connection_id, org_id, user_id FROM joining
                    ON CONFLICT DO NOTHING
                )
                SELECT org_id FROM joining ORDER BY org_id""", row -> new OrganizationId(Rows.string(row, "org_id")),
                List.of(connection.get().value(), userId.value(),
                        organizations.stream().map(OrganizationId::value).toArray(String[]::new)));
    }

    /**
     * An organization's members come from every connection: the one read of organization_members that no connection
     * bounds (a multi-shard query on Citus, by organization_members_org_idx on each shard; docs/scaling.md).
     */
    @Override
    public List<UserId> members(OrganizationId id, UserId after, int limit) {
        return Db.query(db.execute(), "/* all connections: organization members */ "
                + "SELECT user_id FROM organization_members WHERE org_id = ? AND user_id > ? "
                + "ORDER BY user_id LIMIT ?", row -> new UserId(Rows.string(row, "user_id")),
                List.of(id.value(), after == null ? "" : after.value(), Math.max(0, limit)));
    }

    private static Organization organization(DbRow row) {
        return new Organization(new OrganizationId(Rows.string(row, "org_id")), Rows.string(row, "name"),
                Rows.string(row, "display_name"), Rows.instant(row, "created_at"));
    }
}

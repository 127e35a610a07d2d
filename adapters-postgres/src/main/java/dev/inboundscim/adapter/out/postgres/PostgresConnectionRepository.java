package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.ConnectionRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.connection.ConnectionName;
import dev.inboundscim.domain.connection.Strategy;
import io.helidon.dbclient.DbRow;
import java.util.List;
import java.util.Optional;

/** Connections in the {@code connections} table; deleting one cascades to its configuration, tokens and users. */
final class PostgresConnectionRepository implements ConnectionRepository {

    private static final String SELECT = "SELECT id, name, strategy, display_name, sync_user_profile_at_login, "
            + "created_at, updated_at FROM connections";

    private final Db db;
    private final Runnable changedHere;

    /** {@code changedHere} runs after each write authentication reads, so this process sees it at once. */
    PostgresConnectionRepository(Db db, Runnable changedHere) {
        this.db = db;
        this.changedHere = changedHere;
    }

    @Override
    public void insert(Connection connection) {
        try {
            Db.dml(db.execute(), "INSERT INTO connections (id, name, strategy, display_name, "
                    + "sync_user_profile_at_login, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Db.params(connection.id().value(), connection.name().value(), connection.strategy().wireName(),
                            connection.displayName(), connection.syncUserProfileAtLogin(),
                            Rows.timestamp(connection.createdAt()), Rows.timestamp(connection.updatedAt())));
        } catch (RuntimeException e) {
            throw translate(e, connection);
        }
    }

    @Override
    public Optional<Connection> findById(ConnectionId id) {
        return Db.first(db.execute(), SELECT + " WHERE id = ?", PostgresConnectionRepository::connection,
                List.of(id.value()));
    }

    @Override
    public List<Connection> findAll() {
        return Db.query(db.execute(), SELECT + " ORDER BY created_at, id", PostgresConnectionRepository::connection,
                List.of());
    }

    @Override
    public boolean update(Connection connection) {
        try {
            return Db.dml(db.execute(), "UPDATE connections SET name = ?, strategy = ?, display_name = ?, "
                    + "sync_user_profile_at_login = ?, updated_at = ? WHERE id = ?",
                    Db.params(connection.name().value(), connection.strategy().wireName(),
                            connection.displayName(), connection.syncUserProfileAtLogin(),
                            Rows.timestamp(connection.updatedAt()), connection.id().value())) == 1;
        } catch (RuntimeException e) {
            throw translate(e, connection);
        } finally {
            changedHere.run();
        }
    }

    @Override
    public Optional<Connection> change(ConnectionId id, ConnectionChange change) {
        try {
            return Db.first(db.execute(), "UPDATE connections SET display_name = coalesce(?, display_name), "
                    + "sync_user_profile_at_login = coalesce(?, sync_user_profile_at_login), updated_at = ? "
                    + "WHERE id = ? RETURNING id, name, strategy, display_name, sync_user_profile_at_login, created_at, "
                    + "updated_at", PostgresConnectionRepository::connection, Db.params(change.displayName(),
                    change.syncUserProfileAtLogin(), Rows.timestamp(change.updatedAt()), id.value()));
        } finally {
            changedHere.run();
        }
    }

    @Override
    public boolean delete(ConnectionId id) {
        try {
            return Db.dml(db.execute(), "DELETE FROM connections WHERE id = ?", List.of(id.value())) == 1;
        } finally {
            changedHere.run();
        }
    }

    private static RuntimeException translate(RuntimeException failure, Connection connection) {
        if (!SqlErrors.is(failure, SqlErrors.UNIQUE_VIOLATION)) {
            return failure;
        }
        boolean byName = SqlErrors.constraint(failure, SqlErrors.UNIQUE_VIOLATION)
                .filter("connections_name_key_unique"::equals).isPresent();
        return byName ? connection.nameTaken() : connection.idTaken();
    }

    private static Connection connection(DbRow row) {
        return new Connection(new ConnectionId(Rows.string(row, "id")), new ConnectionName(Rows.string(row, "name")),
                Strategy.parse(Rows.string(row, "strategy")), Rows.string(row, "display_name"),
                Rows.bool(row, "sync_user_profile_at_login"), Rows.instant(row, "created_at"),
                Rows.instant(row, "updated_at"));
    }
}

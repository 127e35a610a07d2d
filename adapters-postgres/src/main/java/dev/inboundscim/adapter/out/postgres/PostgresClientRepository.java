package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.ClientRepository;
import dev.inboundscim.domain.client.Client;
import dev.inboundscim.domain.client.ClientId;
import dev.inboundscim.domain.error.PreconditionFailedException;
import io.helidon.dbclient.DbRow;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** Clients in {@code clients}. */
final class PostgresClientRepository implements ClientRepository {

    private static final String SELECT = "SELECT client_id, name, to_json(logout_urls)::text AS logout_urls, version, "
            + "created_at, updated_at FROM clients";

    private final Db db;

    PostgresClientRepository(Db db) {
        this.db = db;
    }

    @Override
    public void insert(Client client) {
        Db.dml(db.execute(), "INSERT INTO clients (client_id, name, logout_urls, version, created_at, updated_at) "
                + "VALUES (?, ?, ?::text[], ?, ?, ?)", List.of(client.id().value(), client.name(), urls(client),
                client.version(), Rows.timestamp(client.createdAt()), Rows.timestamp(client.updatedAt())));
    }

    @Override
    public Optional<Client> findById(ClientId id) {
        return Db.first(db.execute(), SELECT + " WHERE client_id = ?", PostgresClientRepository::client,
                List.of(id.value()));
    }

    @Override
    public List<Client> list() {
        return Db.query(db.execute(), SELECT + " ORDER BY created_at, client_id", PostgresClientRepository::client,
                List.of());
    }

    @Override
    public void update(Client updated) {
        long changed = Db.dml(db.execute(), "UPDATE clients SET name = ?, logout_urls = ?::text[], version = ?, "
                + "updated_at = ? WHERE client_id = ? AND version = ?", List.of(updated.name(), urls(updated),
                updated.version(), Rows.timestamp(updated.updatedAt()), updated.id().value(), updated.version() - 1));
        if (changed == 0) {
            throw PreconditionFailedException.versionMismatch(updated.id().value());
        }
    }

    @Override
    public boolean delete(ClientId id) {
        return Db.dml(db.execute(), "DELETE FROM clients WHERE client_id = ?", List.of(id.value())) == 1;
    }

    private static String[] urls(Client client) {
        return client.backchannelLogoutUrls().stream().map(URI::toString).toArray(String[]::new);
    }

    private static Client client(DbRow row) {
        return new Client(new ClientId(Rows.string(row, "client_id")), Rows.string(row, "name"),
                Rows.jsonStrings(row, "logout_urls").stream().map(URI::create).toList(),
                Rows.longValue(row, "version"), Rows.instant(row, "created_at"), Rows.instant(row, "updated_at"));
    }
}

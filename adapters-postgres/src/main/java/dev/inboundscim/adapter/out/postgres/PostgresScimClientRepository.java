package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.ScimClientRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.ClientSecret;
import dev.inboundscim.domain.oauth.ClientSecretId;
import dev.inboundscim.domain.oauth.ScimClient;
import dev.inboundscim.domain.oauth.ScimClientId;
import dev.inboundscim.domain.token.Scope;
import io.helidon.dbclient.DbExecute;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OAuth clients in {@code scim_clients} and their secrets in {@code scim_client_secrets}. Deleting either deletes the
 * access tokens issued with it in the same transaction; {@code scim_tokens}' trigger tells the other processes.
 */
final class PostgresScimClientRepository implements ScimClientRepository {

    private static final String CLIENTS = "SELECT client_id, connection_id, array_to_string(scopes, ',') AS scopes, "
            + "description, created_at, last_used_at FROM scim_clients";
    private static final String SECRETS = "SELECT s.client_id, s.secret_id, s.secret_digest, s.created_at, "
            + "s.valid_until FROM scim_client_secrets s JOIN scim_clients c ON c.client_id = s.client_id";

    private final Db db;
    private final Runnable changedHere;

    /** {@code changedHere} runs after a deletion, so this process stops accepting the ended tokens at once. */
    PostgresScimClientRepository(Db db, Runnable changedHere) {
        this.db = db;
        this.changedHere = changedHere;
    }

    @Override
    public void insert(ScimClient client) {
        try {
            db.inTransaction(tx -> {
                Db.dml(tx, "INSERT INTO scim_clients (client_id, connection_id, scopes, description, created_at, "
                        + "last_used_at) VALUES (?, ?, ?::text[], ?, ?, ?)",
                        Db.params(client.id().value(), client.connectionId().value(), Rows.scopeNames(client.scopes()),
                                client.description(), Rows.timestamp(client.createdAt()),
                                Rows.timestamp(client.lastUsedAt())));
                for (ClientSecret secret : client.secrets()) {
                    insertSecret(tx, client.id(), secret);
                }
                return null;
            });
        } catch (RuntimeException e) {
            if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                throw NotFoundException.resource("Connection", client.connectionId().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<ScimClient> findById(ConnectionId connectionId, ScimClientId id) {
        return clients(" WHERE client_id = ? AND connection_id = ?", " WHERE c.client_id = ? AND c.connection_id = ?",
                List.of(id.value(), connectionId.value())).stream().findFirst();
    }

    @Override
    public List<ScimClient> findByConnection(ConnectionId connectionId) {
        return clients(" WHERE connection_id = ?", " WHERE c.connection_id = ?", List.of(connectionId.value()));
    }

    /** Clients and their secrets in two reads, put together in memory (a connection has a handful). */
    private List<ScimClient> clients(String clientFilter, String secretFilter, List<?> params) {
        DbExecute execute = db.execute();
        Map<String, List<ClientSecret>> secrets = new LinkedHashMap<>();
        for (SecretRow row : Db.query(execute, SECRETS + secretFilter + " ORDER BY s.created_at, s.secret_id",
                PostgresScimClientRepository::secret, params)) {
            secrets.computeIfAbsent(row.clientId(), k -> new ArrayList<>()).add(row.secret());
        }
        return Db.query(execute, CLIENTS + clientFilter + " ORDER BY created_at, client_id",
                row -> client(row, secrets.getOrDefault(Rows.string(row, "client_id"), List.of())), params);
    }

    @Override
    public boolean delete(ConnectionId connectionId, ScimClientId id) {
        return AccessTokenOwners.delete(db, changedHere, "DELETE FROM scim_clients WHERE client_id = ? "
                + "AND connection_id = ?", List.of(id.value(), connectionId.value()), "issued_to", id.value());
    }

    @Override
    public boolean addSecretWithinLimit(ConnectionId connectionId, ScimClientId id, ClientSecret secret, Instant now,
                                        int limit) {
        return db.inTransaction(tx -> {
            // Locking the client row serialises concurrent additions, so count-then-insert holds.
            if (Db.first(tx, "SELECT client_id FROM scim_clients WHERE client_id = ? AND connection_id = ? "
                    + "FOR UPDATE", row -> true, List.of(id.value(), connectionId.value())).isEmpty()) {
                throw NotFoundException.resource("Client", id.value());
            }
            long active = Db.first(tx, "SELECT count(*) AS active FROM scim_client_secrets WHERE client_id = ? "
                    + "AND valid_until > ?", row -> Rows.longValue(row, "active"),
                    Db.params(id.value(), Rows.timestamp(now))).orElse(0L);
            if (active >= limit) {
                return false;
            }
            insertSecret(tx, id, secret);
            return true;
        });
    }

    @Override
    public boolean deleteSecret(ConnectionId connectionId, ScimClientId id, ClientSecretId secretId) {
        return AccessTokenOwners.delete(db, changedHere, "DELETE FROM scim_client_secrets WHERE secret_id = ? "
                + "AND client_id = (SELECT client_id FROM scim_clients WHERE client_id = ? AND connection_id = ?)",
                List.of(secretId.value(), id.value(), connectionId.value()), "issued_with", secretId.value());
    }

    @Override
    public void touch(ScimClientId id, Instant usedAt) {
        Db.dml(db.execute(), "UPDATE scim_clients SET last_used_at = ? WHERE client_id = ?",
                Db.params(Rows.timestamp(usedAt), id.value()));
    }

    private static void insertSecret(DbExecute tx, ScimClientId client, ClientSecret secret) {
        Db.dml(tx, "INSERT INTO scim_client_secrets (secret_id, client_id, secret_digest, created_at, valid_until) "
                + "VALUES (?, ?, ?, ?, ?)", Db.params(secret.id().value(), client.value(), secret.digest(),
                Rows.timestamp(secret.createdAt()), Rows.timestamp(secret.validUntil())));
    }


    private record SecretRow(String clientId, ClientSecret secret) {
    }

    private static SecretRow secret(DbRow row) {
        return new SecretRow(Rows.string(row, "client_id"), new ClientSecret(
                new ClientSecretId(Rows.string(row, "secret_id")), Rows.string(row, "secret_digest"),
                Rows.instant(row, "created_at"), Rows.instant(row, "valid_until")));
    }

    private static ScimClient client(DbRow row, List<ClientSecret> secrets) {
        Set<Scope> scopes = Rows.scopes(row, "scopes");
        return new ScimClient(new ScimClientId(Rows.string(row, "client_id")),
                new ConnectionId(Rows.string(row, "connection_id")), scopes, Rows.string(row, "description"),
                Rows.instant(row, "created_at"), Rows.instant(row, "last_used_at"), secrets);
    }
}

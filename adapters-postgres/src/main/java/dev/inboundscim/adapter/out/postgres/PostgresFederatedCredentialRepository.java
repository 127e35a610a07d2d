package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.oauth.FederatedCredentialId;
import dev.inboundscim.domain.token.Scope;
import io.helidon.dbclient.DbRow;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Federated credentials in {@code federated_credentials}; accepted assertions in {@code accepted_assertions}, whose
 * primary key makes a replay lose the insert in whichever process sees it second.
 */
final class PostgresFederatedCredentialRepository implements FederatedCredentialRepository {

    private static final String SELECT = "SELECT credential_id, connection_id, issuer, subject, audience, jwks_uri, "
            + "array_to_string(scopes, ',') AS scopes, created_at, last_used_at FROM federated_credentials";

    private final Db db;
    private final Runnable changedHere;

    PostgresFederatedCredentialRepository(Db db, Runnable changedHere) {
        this.db = db;
        this.changedHere = changedHere;
    }

    @Override
    public void insert(FederatedCredential credential) {
        try {
            Db.dml(db.execute(), "INSERT INTO federated_credentials (credential_id, connection_id, issuer, subject, "
                    + "audience, jwks_uri, scopes, created_at, last_used_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?::text[], ?, ?)",
                    Db.params(credential.id().value(), credential.connectionId().value(), credential.issuer(),
                            credential.subject(), credential.audience(), credential.jwksUri().toString(),
                            Rows.scopeNames(credential.scopes()),
                            Rows.timestamp(credential.createdAt()), Rows.timestamp(credential.lastUsedAt())));
        } catch (RuntimeException e) {
            if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                throw NotFoundException.resource("Connection", credential.connectionId().value());
            }
            throw e;
        }
    }

    @Override
    public Optional<FederatedCredential> findById(ConnectionId connectionId, FederatedCredentialId id) {
        return Db.first(db.execute(), SELECT + " WHERE credential_id = ? AND connection_id = ?",
                PostgresFederatedCredentialRepository::credential, List.of(id.value(), connectionId.value()));
    }

    @Override
    public List<FederatedCredential> findByConnection(ConnectionId connectionId) {
        return Db.query(db.execute(), SELECT + " WHERE connection_id = ? ORDER BY created_at, credential_id",
                PostgresFederatedCredentialRepository::credential, List.of(connectionId.value()));
    }

    @Override
    public boolean delete(ConnectionId connectionId, FederatedCredentialId id) {
        return AccessTokenOwners.delete(db, changedHere, "DELETE FROM federated_credentials WHERE credential_id = ? "
                + "AND connection_id = ?", List.of(id.value(), connectionId.value()), "issued_to", id.value());
    }

    @Override
    public void touch(FederatedCredentialId id, Instant usedAt) {
        Db.dml(db.execute(), "UPDATE federated_credentials SET last_used_at = ? WHERE credential_id = ?",
                Db.params(Rows.timestamp(usedAt), id.value()));
    }

    /** An expired row of the same jti is taken over; a live one makes the insert do nothing (a replay). */
    @Override
    public boolean rememberAssertion(FederatedCredentialId credential, String jti, Instant expiresAt, Instant now) {
        Db.dml(db.execute(), "DELETE FROM accepted_assertions WHERE expires_at <= ? AND credential_id = ?",
                Db.params(Rows.timestamp(now), credential.value()));
        return Db.dml(db.execute(), "INSERT INTO accepted_assertions (credential_id, jti, expires_at) VALUES (?, ?, ?) "
                + "ON CONFLICT (credential_id, jti) DO UPDATE SET expires_at = EXCLUDED.expires_at "
                + "WHERE accepted_assertions.expires_at <= ?",
                Db.params(credential.value(), jti, Rows.timestamp(expiresAt), Rows.timestamp(now))) == 1;
    }

    private static FederatedCredential credential(DbRow row) {
        Set<Scope> scopes = Rows.scopes(row, "scopes");
        return new FederatedCredential(new FederatedCredentialId(Rows.string(row, "credential_id")),
                new ConnectionId(Rows.string(row, "connection_id")), Rows.string(row, "issuer"),
                Rows.string(row, "subject"), Rows.string(row, "audience"), URI.create(Rows.string(row, "jwks_uri")),
                scopes, Rows.instant(row, "created_at"), Rows.instant(row, "last_used_at"));
    }
}

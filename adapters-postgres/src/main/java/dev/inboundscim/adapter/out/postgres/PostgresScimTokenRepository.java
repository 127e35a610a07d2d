package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.ScimTokenRepository.TokenGrant;
import dev.inboundscim.application.port.out.ScimTokenRepository;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import dev.inboundscim.domain.token.TokenId;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SCIM token digests and metadata in {@code scim_tokens}; the limit per connection holds under concurrency. */
final class PostgresScimTokenRepository implements ScimTokenRepository {

    // array_to_string: a JDBC Array would need its connection after the row was read; scopes never hold commas.
    private static final String SELECT = "SELECT token_id, connection_id, secret_digest, "
            + "array_to_string(scopes, ',') AS scopes, created_at, valid_until, last_used_at FROM scim_tokens";

    private final Db db;
    private final Runnable changedHere;

    /** {@code changedHere} runs after each write authentication reads, so this process sees it at once. */
    PostgresScimTokenRepository(Db db, Runnable changedHere) {
        this.db = db;
        this.changedHere = changedHere;
    }

    @Override
    public boolean insertWithinLimit(ScimToken token, int limit) {
        String connectionId = token.connectionId().value();
        return db.inTransaction(tx -> {
            // Locking the connection row serialises concurrent inserts for one connection, so count-then-insert holds.
            if (Db.first(tx, "SELECT id FROM connections WHERE id = ? FOR UPDATE", row -> true,
                    List.of(connectionId)).isEmpty()) {
                throw NotFoundException.resource("Connection", connectionId);
            }
            long held = Db.first(tx, "SELECT count(*) AS held FROM scim_tokens WHERE connection_id = ? "
                            + "AND issued_to IS NULL",
                    row -> Rows.longValue(row, "held"), List.of(connectionId)).orElse(0L);
            if (held >= limit) {
                return false;
            }
            Db.dml(tx, "INSERT INTO scim_tokens (token_id, connection_id, secret_digest, scopes, created_at, "
                    + "valid_until, last_used_at) VALUES (?, ?, ?, ?::text[], ?, ?, ?)",
                    Db.params(token.id().value(), connectionId, token.secretDigest(), Rows.scopeNames(token.scopes()),
                            Rows.timestamp(token.createdAt()), Rows.timestamp(token.validUntil()),
                            Rows.timestamp(token.lastUsedAt())));
            return true;
        });
    }

    @Override
    public void insertAccessToken(ScimToken token, String issuedTo, String issuedWith) {
        db.inTransaction(tx -> {
            Db.dml(tx, "DELETE FROM scim_tokens WHERE issued_to = ? AND valid_until <= ?",
                    Db.params(issuedTo, Rows.timestamp(token.createdAt())));
            try {
                Db.dml(tx, "INSERT INTO scim_tokens (token_id, connection_id, secret_digest, scopes, created_at, "
                        + "valid_until, last_used_at, issued_to, issued_with) "
                        + "VALUES (?, ?, ?, ?::text[], ?, ?, ?, ?, ?)",
                        Db.params(token.id().value(), token.connectionId().value(), token.secretDigest(),
                                Rows.scopeNames(token.scopes()), Rows.timestamp(token.createdAt()),
                                Rows.timestamp(token.validUntil()), null, issuedTo, issuedWith));
            } catch (RuntimeException e) {
                if (SqlErrors.is(e, SqlErrors.FOREIGN_KEY_VIOLATION)) {
                    throw NotFoundException.resource("Connection", token.connectionId().value());
                }
                throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<ScimToken> findById(TokenId id) {
        return Db.first(db.execute(), SELECT + " WHERE token_id = ?", PostgresScimTokenRepository::token,
                List.of(id.value()));
    }

    /**
     * One indexed read per SCIM request: the token, and a digest of its connection's and configuration's rows, which
     * changes with any change to either (SPEC: a mapping change takes effect at once, on every server process).
     */
    @Override
    public Optional<TokenGrant> findGrant(TokenId id) {
        return Db.first(db.execute(), "SELECT t.token_id, t.connection_id, t.secret_digest, "
                + "array_to_string(t.scopes, ',') AS scopes, t.created_at, t.valid_until, t.last_used_at, "
                + "c.revision || '.' || s.revision AS stamp FROM scim_tokens t "
                + "JOIN connections c ON c.id = t.connection_id "
                + "JOIN scim_configurations s ON s.connection_id = t.connection_id WHERE t.token_id = ?",
                row -> new TokenGrant(token(row), Rows.string(row, "stamp")), List.of(id.value()));
    }

    @Override
    public List<ScimToken> findByConnection(ConnectionId connectionId) {
        return Db.query(db.execute(), SELECT + " WHERE connection_id = ? AND issued_to IS NULL "
                        + "ORDER BY created_at, token_id",
                PostgresScimTokenRepository::token, List.of(connectionId.value()));
    }

    @Override
    public boolean delete(ConnectionId connectionId, TokenId id) {
        try {
            return Db.dml(db.execute(), "DELETE FROM scim_tokens WHERE token_id = ? AND connection_id = ?",
                    List.of(id.value(), connectionId.value())) == 1;
        } finally {
            // Revocation holds at once in this process; other processes hear it from the notification.
            changedHere.run();
        }
    }

    @Override
    public void touch(TokenId id, Instant usedAt) {
        Db.dml(db.execute(), "UPDATE scim_tokens SET last_used_at = ? WHERE token_id = ?",
                Db.params(Rows.timestamp(usedAt), id.value()));
    }


    private static ScimToken token(DbRow row) {
        Set<Scope> scopes = Rows.scopes(row, "scopes");
        return new ScimToken(new TokenId(Rows.string(row, "token_id")),
                new ConnectionId(Rows.string(row, "connection_id")), Rows.string(row, "secret_digest"), scopes,
                Rows.instant(row, "created_at"), Rows.instant(row, "valid_until"),
                Rows.instant(row, "last_used_at"));
    }
}

package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.domain.signing.SigningKey;
import io.helidon.dbclient.DbRow;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Signing keys in {@code signing_keys}; a partial unique index keeps one current key. */
final class PostgresSigningKeyRepository implements SigningKeyRepository {

    private static final String SELECT = "SELECT kid, public_key, private_key, status, created_at, rotated_at "
            + "FROM signing_keys";

    private final Db db;

    PostgresSigningKeyRepository(Db db) {
        this.db = db;
    }

    @Override
    public List<SigningKey> list() {
        return Db.query(db.execute(), SELECT + " ORDER BY created_at DESC, kid", PostgresSigningKeyRepository::key,
                List.of());
    }

    @Override
    public Optional<SigningKey> current() {
        return Db.first(db.execute(), SELECT + " WHERE status = 'current'", PostgresSigningKeyRepository::key,
                List.of());
    }

    @Override
    public SigningKey insertIfNoCurrent(SigningKey key) {
        Db.dml(db.execute(), "INSERT INTO signing_keys (kid, public_key, private_key, status, created_at) "
                + "VALUES (?, ?, ?, 'current', ?) ON CONFLICT DO NOTHING", List.of(key.kid(), key.publicKey(),
                key.privateKey(), Rows.timestamp(key.createdAt())));
        return current().orElseThrow();
    }

    @Override
    public void rotate(SigningKey next, Instant now) {
        db.inTransaction(tx -> {
            Db.dml(tx, "UPDATE signing_keys SET status = 'previous', rotated_at = ? WHERE status = 'current'",
                    List.of(Rows.timestamp(now)));
            Db.dml(tx, "INSERT INTO signing_keys (kid, public_key, private_key, status, created_at) "
                    + "VALUES (?, ?, ?, 'current', ?)", List.of(next.kid(), next.publicKey(), next.privateKey(),
                    Rows.timestamp(next.createdAt())));
            return null;
        });
    }

    @Override
    public boolean revoke(String kid, Instant now) {
        return Db.dml(db.execute(), "UPDATE signing_keys SET status = 'revoked', rotated_at = ? WHERE kid = ? "
                + "AND status = 'previous'", List.of(Rows.timestamp(now), kid)) == 1;
    }

    private static SigningKey key(DbRow row) {
        return new SigningKey(Rows.string(row, "kid"), Rows.string(row, "public_key"),
                Rows.string(row, "private_key"),
                SigningKey.Status.valueOf(Rows.string(row, "status").toUpperCase(Locale.ROOT)),
                Rows.instant(row, "created_at"), Rows.instant(row, "rotated_at"));
    }
}

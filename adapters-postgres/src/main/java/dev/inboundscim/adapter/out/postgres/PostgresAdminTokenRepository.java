package dev.inboundscim.adapter.out.postgres;

import dev.inboundscim.application.port.out.AdminTokenRepository;
import java.util.List;
import java.util.Optional;

/** The Management API token digest, in the single-row {@code admin_token} table. */
final class PostgresAdminTokenRepository implements AdminTokenRepository {

    private final Db db;

    PostgresAdminTokenRepository(Db db) {
        this.db = db;
    }

    @Override
    public Optional<String> findDigest() {
        return Db.first(db.execute(), "SELECT digest FROM admin_token WHERE id = 1",
                row -> Rows.string(row, "digest"), List.of());
    }

    @Override
    public boolean saveDigestIfAbsent(String digest) {
        // ON CONFLICT makes concurrent first starts of several servers agree on one digest.
        return Db.dml(db.execute(), "INSERT INTO admin_token (id, digest) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                List.of(digest)) == 1;
    }
}

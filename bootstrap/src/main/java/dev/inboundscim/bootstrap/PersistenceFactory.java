package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.out.mongo.MongoStore;
import dev.inboundscim.adapter.out.postgres.EmbeddedPostgresServer;
import dev.inboundscim.adapter.out.postgres.PostgresStore;
import dev.inboundscim.application.port.out.Store;
import java.nio.file.Path;
import java.util.Locale;

/** Picks the persistence adapter from {@code STORE} at deploy time, failing fast on anything it cannot build. */
public final class PersistenceFactory {

    private PersistenceFactory() {
    }

    public static Persistence open(ServerSettings settings) {
        String store = settings.store().map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        return switch (store) {
            case "" -> embedded(settings.dataDir().resolve("postgres"));
            case "postgres" -> postgres(settings);
            case "mongo" -> mongo(settings);
            default -> throw new StartupException("Unknown STORE '" + store
                    + "': use postgres, mongo, or leave it unset for the embedded PostgreSQL");
        };
    }

    /** Wraps an open store (PostgreSQL or MongoDB) as the application's ports. */
    public static Persistence of(Store store, String description, AutoCloseable resources) {
        return new Persistence(description, store.connections(), store.scimConfigurations(), store.tokens(),
                store.users(), store.groups(), store.logs(), store.logStreams(), store.clients(), store.sessions(),
                store.signingKeys(), store.organizations(), store.adminToken(), resources);
    }

    private static Persistence mongo(ServerSettings settings) {
        String uri = settings.mongoUri().orElseThrow(() -> new StartupException(
                "STORE=mongo needs MONGO_URI (a mongodb:// or mongodb+srv:// connection string)"));
        // logging.properties keeps org.mongodb.driver at WARNING: the driver would log every failed connection
        // attempt with a stack trace while it waits, and the one-line StartupException below says all there is.
        try {
            MongoStore store = MongoStore.connect(uri, settings.mongoDatabase().orElse(null));
            return of(store, "MongoDB at " + store.description(), store);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage());
        }
    }

    private static Persistence postgres(ServerSettings settings) {
        String url = settings.postgresUrl().orElseThrow(
                () -> new StartupException("STORE=postgres needs POSTGRES_URL (a jdbc:postgresql:// URL)"));
        PostgresStore store = PostgresStore.connect(url, settings.postgresUser().orElse(null),
                settings.postgresPassword().orElse(null));
        return of(store, "PostgreSQL at " + redact(url), store);
    }

    private static Persistence embedded(Path dataDir) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir);
        try {
            PostgresStore store = PostgresStore.connect(server.jdbcUrl(), server.user(), server.password());
            return of(store, "embedded PostgreSQL with data in " + dataDir.toAbsolutePath().normalize(), () -> {
                try (server; store) {
                    // closes the pool first, then stops the database
                }
            });
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Drops credentials that a JDBC URL may carry, so the URL can be logged. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password|user)=[^&]*", "$1=***");
    }
}

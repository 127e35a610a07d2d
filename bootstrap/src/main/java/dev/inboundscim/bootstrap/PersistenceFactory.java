package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.out.mongo.MongoStore;
import dev.inboundscim.adapter.out.postgres.EmbeddedPostgresServer;
import dev.inboundscim.adapter.out.postgres.PostgresStore;
import dev.inboundscim.application.service.scimconfig.CachedMappingParser;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Picks the persistence adapter from {@code STORE} at deploy time, failing fast on anything it cannot build. The store
 * parses the mappings it reads through a {@link CachedMappingParser}, so a configuration read on every request is
 * parsed once.
 */
public final class PersistenceFactory {

    private PersistenceFactory() {
    }

    public static Persistence open(ServerSettings settings) {
        String store = settings.store().map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
        return switch (store) {
            case "" -> embedded(settings, settings.dataDir().resolve("postgres"));
            case "postgres" -> postgres(settings);
            case "mongo" -> mongo(settings);
            default -> throw new StartupException("Unknown STORE '" + store
                    + "': use postgres, mongo, or leave it unset for the embedded PostgreSQL");
        };
    }

    private static Persistence mongo(ServerSettings settings) {
        String uri = settings.mongoUri().orElseThrow(() -> new StartupException(
                "STORE=mongo needs MONGO_URI (a mongodb:// or mongodb+srv:// connection string)"));
        // logging.properties keeps org.mongodb.driver at WARNING: the driver would log every failed connection
        // attempt with a stack trace while it waits, and the one-line StartupException below says all there is.
        try {
            MongoStore store = MongoStore.connect(uri, settings.mongoDatabase().orElse(null),
                    settings.mongoPoolSize(), new CachedMappingParser(), settings.mongoSettingsPoll());
            return new Persistence("mongo", "MongoDB at " + store.description(), store, store);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage());
        }
    }

    private static Persistence postgres(ServerSettings settings) {
        String url = settings.postgresUrl().orElseThrow(
                () -> new StartupException("STORE=postgres needs POSTGRES_URL (a jdbc:postgresql:// URL)"));
        try {
            PostgresStore store = PostgresStore.connect(url, settings.postgresUser().orElse(null),
                    settings.postgresPassword().orElse(null), settings.postgresPoolSize(),
                    settings.reliability().storeTimeout(), new CachedMappingParser());
            return new Persistence("postgres", "PostgreSQL at " + redact(url), store, store);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage());
        }
    }

    private static Persistence embedded(ServerSettings settings, Path dataDir) {
        EmbeddedPostgresServer server;
        try {
            server = EmbeddedPostgresServer.start(dataDir);
        } catch (IllegalStateException e) {
            throw new StartupException(e.getMessage());
        }
        try {
            PostgresStore store = PostgresStore.connect(server.jdbcUrl(), server.user(), server.password(),
                    settings.postgresPoolSize(), settings.reliability().storeTimeout(), new CachedMappingParser());
            server.supervise();
            return new Persistence("embedded-postgres", "embedded PostgreSQL with data in " + server.dataDirectory(),
                    store, () -> {
                try (server; store) {
                    // closes the pool first, then stops the database
                }
            });
        } catch (RuntimeException e) {
            server.close();
            throw e instanceof IllegalStateException ? new StartupException(e.getMessage()) : e;
        }
    }

    /** Drops credentials that a JDBC URL may carry, so the URL can be logged. */
    static String redact(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password|user)=[^&]*", "$1=***");
    }
}

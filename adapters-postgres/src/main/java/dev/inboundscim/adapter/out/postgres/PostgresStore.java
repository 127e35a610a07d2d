package dev.inboundscim.adapter.out.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.inboundscim.application.port.out.PoolUsage;
import dev.inboundscim.application.port.out.Repositories;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.port.out.SettingsFence;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.domain.mapping.AttributeMapping;
import dev.inboundscim.domain.mapping.MappingParser;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.helidon.dbclient.jdbc.JdbcParametersConfig;
import java.time.Duration;
import org.flywaydb.core.Flyway;

/** The PostgreSQL store: a HikariCP pool, the migrated schema, and every repository port over Helidon DbClient. */
public final class PostgresStore implements Store {

    /**
     * Chosen by measurement on 2 cores (docs/benchmarks.md, "Tail latency"): with 16 connections GET by id at 32
     * client connections had a p99 of 115 ms, with 8 about 11 ms at the same throughput, with 4 less throughput.
     */
    public static final int DEFAULT_POOL_SIZE = 8;
    /** How long a call may wait for a connection or an answer unless the caller says otherwise (SPEC §7.2). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);
    private static final long CONNECT_TIMEOUT_MILLIS = 5_000;
    /** HikariCP's smallest connection and validation timeouts. */
    private static final long HIKARI_MIN_TIMEOUT_MILLIS = 250;

    private final HikariDataSource dataSource;
    private final HikariJdbcPool pool;
    private final DbClient client;
    private final PostgresSettingsChanges settingsChanges;
    private final Repositories repositories;
    private final PostgresProbe probe;

    private PostgresStore(HikariDataSource dataSource, Duration timeout, MappingParser mappings) {
        this.dataSource = dataSource;
        this.pool = new HikariJdbcPool(dataSource);
        // Every text parameter bound as a string: past 1,024 characters Helidon would bind it as a character stream,
        // which the driver reads back into a string through buffers of its own, for nothing. A write's log batch
        // crosses that size as soon as an event stream collects its event (docs/benchmarks.md, "Event streams").
        this.client = JdbcClientBuilder.create().connectionPool(pool)
                .parametersSetter(JdbcParametersConfig.builder().useStringBinding(false).build()).build();
        Db db = new Db(client);
        this.settingsChanges = new PostgresSettingsChanges(dataSource.getJdbcUrl(), dataSource.getUsername(),
                dataSource.getPassword(), db, SettingsFence.DEFAULT);
        // Writes to what authentication or routing reads tell this process at once, and answer once every other
        // live node observed them (or the fence's bound passed): the call after each such write is the fence.
        Runnable changedHere = settingsChanges::changedHere;
        this.repositories = new Repositories(
                new PostgresConnectionRepository(db, changedHere),
                new PostgresScimConfigurationRepository(db, changedHere, mappings),
                new PostgresScimTokenRepository(db, changedHere),
                new PostgresUserRepository(db),
                new PostgresGroupRepository(db),
                new PostgresLogRepository(db),
                new PostgresLogStreamRepository(db, changedHere),
                new PostgresClientRepository(db),
                new PostgresSessionRepository(db),
                new PostgresSigningKeyRepository(db),
                new PostgresOrganizationRepository(db, changedHere),
                new PostgresAdminTokenRepository(db),
                new PostgresSetupTicketRepository(db),
                new PostgresScimClientRepository(db, changedHere),
                new PostgresFederatedCredentialRepository(db, changedHere),
                new PostgresEventStreamRepository(db, changedHere),
                new PostgresRoleRepository(db));
        this.probe = new PostgresProbe(dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword(),
                timeout);
    }

    /** Connects with {@link #DEFAULT_POOL_SIZE} connections and {@link #DEFAULT_TIMEOUT}. */
    public static PostgresStore connect(String jdbcUrl, String user, String password) {
        return connect(jdbcUrl, user, password, DEFAULT_POOL_SIZE, DEFAULT_TIMEOUT);
    }

    /** As {@link #connect(String, String, String, int, Duration, MappingParser)}, parsing every mapping it reads. */
    public static PostgresStore connect(String jdbcUrl, String user, String password, int poolSize,
                                        Duration timeout) {
        return connect(jdbcUrl, user, password, poolSize, timeout, AttributeMapping::of);
    }

    /**
     * Opens the pool, migrates the schema and builds the repositories. Fails within a few seconds with a one-line
     * {@link IllegalStateException} when the database cannot be reached. {@code timeout} bounds the wait for a
     * pooled connection; answers are bounded by whoever calls (the application's store guard). {@code mappings}
     * parses the mapping of each SCIM configuration read.
     */
    public static PostgresStore connect(String jdbcUrl, String user, String password, int poolSize,
                                        Duration timeout, MappingParser mappings) {
        HikariDataSource dataSource = openPool(jdbcUrl, user, password, poolSize, timeout);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return new PostgresStore(dataSource, timeout, mappings);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }
    @Override
    public Repositories repositories() {
        return repositories;
    }

    @Override
    public SettingsChanges settingsChanges() {
        return settingsChanges;
    }

    @Override
    public void ping() {
        probe.ping();
    }

    @Override
    public PoolUsage poolUsage() {
        HikariPoolMXBean hikari = dataSource.getHikariPoolMXBean();
        return hikari == null ? new PoolUsage(0, 0, pool.waiting())
                : new PoolUsage(hikari.getActiveConnections(), hikari.getIdleConnections(),
                        pool.waiting() + hikari.getThreadsAwaitingConnection());
    }

    @Override
    public boolean isUnavailable(Throwable failure) {
        return SqlErrors.isUnavailable(failure);
    }

    @Override
    public void close() {
        probe.close();
        settingsChanges.close();
        client.close();
        dataSource.close();
    }

    private static HikariDataSource openPool(String jdbcUrl, String user, String password, int poolSize,
                                             Duration timeout) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("inbound-scim-postgres");
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(Math.min(2, poolSize));
        long timeoutMillis = Math.max(HIKARI_MIN_TIMEOUT_MILLIS, timeout.toMillis());
        config.setConnectionTimeout(timeoutMillis);
        // A dead pooled connection is found by this check before it is handed out; it must not outlast the timeout.
        config.setValidationTimeout(Math.max(HIKARI_MIN_TIMEOUT_MILLIS, Math.min(timeoutMillis / 2, 1000)));
        // One attempt at start-up (bounded by connectTimeout), so a wrong URL or a stopped server fails the start at
        // once instead of the first request.
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS / 1000));
        config.addDataSourceProperty("ApplicationName", "inbound-scim-server");
        // Every value is a bound parameter, so one plan per statement fits every execution (the driver prepares a
        // statement on the server after five uses). Left to choose, PostgreSQL re-planned some statements on every
        // execution because its estimate for an unknown LIMIT made the generic plan look costlier: a SCIM filter's
        // page with each user's groups spent 0.29 ms a query, 0.06 ms with the generic plan (same plan, measured).
        config.setConnectionInitSql("SET plan_cache_mode = force_generic_plan");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot connect to PostgreSQL at " + withoutQuery(jdbcUrl) + ": "
                    + SqlErrors.rootMessage(e), e);
        }
    }

    /** The URL without its query string, which may carry a password. */
    private static String withoutQuery(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}

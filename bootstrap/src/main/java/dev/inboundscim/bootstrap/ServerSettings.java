package dev.inboundscim.bootstrap;

import dev.inboundscim.adapter.in.http.TrustedProxies;
import dev.inboundscim.adapter.in.http.scim.BulkLimits;
import dev.inboundscim.adapter.out.mongo.MongoStore;
import dev.inboundscim.adapter.out.postgres.PostgresStore;
import dev.inboundscim.application.EventStreamSettings;
import dev.inboundscim.application.GroupLimits;
import dev.inboundscim.application.LogRetentionSettings;
import dev.inboundscim.application.LogStreamSettings;
import dev.inboundscim.application.RateLimitSettings;
import dev.inboundscim.application.SoftDeletePurgeSettings;
import dev.inboundscim.domain.connection.RateLimit;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.logstream.RetryBackoff;
import io.helidon.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every deployment setting (SPEC §6, §7). Each has an environment variable and an {@code application.yaml} key; the
 * environment wins so containers can override a packaged file.
 */
public record ServerSettings(int port, Optional<String> adminToken, Optional<String> store, Path dataDir,
                             Optional<String> publicBaseUrl, String tenantName, Optional<String> postgresUrl,
                             Optional<String> postgresUser, Optional<String> postgresPassword, int postgresPoolSize,
                             Optional<String> mongoUri, Optional<String> mongoDatabase, int mongoPoolSize,
                             Duration mongoSettingsPoll,
                             int maxResults, int maxBodyBytes, BulkLimits bulkLimits, GroupLimits groupLimits,
                             long groupPatchResponseMaxMembers, LogStreamSettings logStreams,
                             ReliabilitySettings reliability, LoggingSettings logging,
                             MetricsSettings metrics, LogRetentionSettings logRetention,
                             TrustedProxies trustedProxies, Optional<TlsFiles> tls,
                             Duration oauthAccessTokenLifetime, SoftDeletePurgeSettings softDeletePurge,
                             EventStreamSettings eventStreams) {

    /** {@code TLS_CERT_FILE} and {@code TLS_KEY_FILE}: PEM files that make the listener HTTPS (SPEC §7.4). */
    public record TlsFiles(Path certificateChain, Path privateKey) {
    }

    /** Above this many members, a Group PATCH that asks for no particular attributes answers 204 (SPEC §3). */
    public static final int DEFAULT_GROUP_PATCH_RESPONSE_MAX_MEMBERS = 1000;

    /** Reads the settings from the environment, falling back to {@code config}. */
    public static ServerSettings load(Config config, Function<String, String> env) {
        Source source = new Source(config, env);
        return new ServerSettings(
                source.integer("PORT", "server.port", 8080),
                source.text("ADMIN_TOKEN", "scim.admin-token"),
                source.text("STORE", "scim.store"),
                Path.of(source.text("DATA_DIR", "scim.data-dir").orElse("./data")),
                source.text("PUBLIC_BASE_URL", "scim.public-base-url"),
                source.text("TENANT_NAME", "scim.tenant-name").orElse("default"),
                source.text("POSTGRES_URL", "scim.postgres.url"),
                source.text("POSTGRES_USER", "scim.postgres.user"),
                source.text("POSTGRES_PASSWORD", "scim.postgres.password"),
                source.positive("POSTGRES_POOL_SIZE", "scim.postgres.pool-size", PostgresStore.DEFAULT_POOL_SIZE),
                source.text("MONGO_URI", "scim.mongo.uri"),
                source.text("MONGO_DATABASE", "scim.mongo.database"),
                source.positive("MONGO_POOL_SIZE", "scim.mongo.pool-size", 16),
                mongoSettingsPoll(source),
                source.integer("SCIM_MAX_RESULTS", "scim.max-results", 1000),
                source.positive("MAX_BODY_BYTES", "scim.max-body-bytes",
                        source.integer("SCIM_MAX_BODY_BYTES", "scim.max-body-bytes", 1024 * 1024)),
                new BulkLimits(
                        source.positive("SCIM_BULK_MAX_OPERATIONS", "scim.bulk.max-operations", 1000),
                        source.positive("SCIM_BULK_MAX_PAYLOAD_SIZE", "scim.bulk.max-payload-size", 1024 * 1024)),
                new GroupLimits(
                        source.integer("SCIM_GROUP_MAX_MEMBERS_PER_REQUEST", "scim.groups.max-members-per-request",
                                GroupLimits.DEFAULTS.maxMembersPerRequest()),
                        source.integer("SCIM_MAX_GROUPS_PER_CONNECTION", "scim.groups.max-per-connection",
                                (int) GroupLimits.DEFAULTS.maxGroupsPerConnection()),
                        source.integer("SCIM_GROUP_MAX_MEMBERS", "scim.groups.max-members",
                                (int) GroupLimits.DEFAULTS.maxMembersPerGroup())),
                source.integer("SCIM_GROUP_PATCH_RESPONSE_MAX_MEMBERS", "scim.groups.patch-response-max-members",
                        DEFAULT_GROUP_PATCH_RESPONSE_MAX_MEMBERS),
                logStreams(source),
                reliability(source),
                logging(source),
                metrics(source),
                logRetention(source),
                TrustedProxies.parse(source.text("TRUSTED_PROXIES", "scim.trusted-proxies").orElse(null)),
                tls(source),
                oauthAccessTokenLifetime(source),
                softDeletePurge(source),
                eventStreams(source));
    }

    /** Event streams (SPEC §11) beyond what they share with log streams' delivery settings. */
    private static EventStreamSettings eventStreams(Source source) {
        EventStreamSettings d = EventStreamSettings.DEFAULTS;
        return new EventStreamSettings(
                Duration.ofSeconds(source.integer("EVENT_STREAM_POLL_WAIT_SECONDS",
                        "scim.event-streams.poll-wait-seconds", (int) d.pollWait().toSeconds())),
                source.positive("EVENT_STREAM_DELIVERIES_KEPT", "scim.event-streams.deliveries-kept",
                        d.keepAttempts()));
    }

    /** How often and in what batches soft-deleted users past their restore window are purged (SPEC §10). */
    private static SoftDeletePurgeSettings softDeletePurge(Source source) {
        SoftDeletePurgeSettings d = SoftDeletePurgeSettings.DEFAULTS;
        return new SoftDeletePurgeSettings(
                Duration.ofSeconds(source.positive("SOFT_DELETE_PURGE_INTERVAL_SECONDS",
                        "scim.soft-delete.purge-interval-seconds", (int) d.interval().toSeconds())),
                source.positive("SOFT_DELETE_PURGE_BATCH_SIZE", "scim.soft-delete.purge-batch-size", d.batchSize()),
                d.pause());
    }

    /**
     * {@code MONGO_SETTINGS_POLL_MILLIS}: how often each process polls MongoDB's settings version, 1–500 ms. A
     * settings write through one node waits up to about one poll for the others (docs/scaling.md); the fence's
     * 2 s bound needs several polls within it.
     */
    private static Duration mongoSettingsPoll(Source source) {
        int millis = source.integer("MONGO_SETTINGS_POLL_MILLIS", "scim.mongo.settings-poll-millis",
                (int) MongoStore.DEFAULT_SETTINGS_POLL.toMillis());
        if (millis < 1 || millis > 500) {
            throw new IllegalArgumentException("MONGO_SETTINGS_POLL_MILLIS (scim.mongo.settings-poll-millis) must be "
                    + "from 1 to 500");
        }
        return Duration.ofMillis(millis);
    }

    /** {@code OAUTH_ACCESS_TOKEN_SECONDS} (SPEC §9): how long the token endpoint's access tokens live, 1–6 hours. */
    private static Duration oauthAccessTokenLifetime(Source source) {
        int seconds = source.integer("OAUTH_ACCESS_TOKEN_SECONDS", "scim.oauth.access-token-seconds", 3600);
        if (seconds < 3600 || seconds > 21_600) {
            throw new IllegalArgumentException("OAUTH_ACCESS_TOKEN_SECONDS (scim.oauth.access-token-seconds) must be "
                    + "from 3600 to 21600");
        }
        return Duration.ofSeconds(seconds);
    }

    private static Optional<TlsFiles> tls(Source source) {
        Optional<String> certificate = source.text("TLS_CERT_FILE", "scim.tls.cert-file");
        Optional<String> key = source.text("TLS_KEY_FILE", "scim.tls.key-file");
        if (certificate.isPresent() != key.isPresent()) {
            throw new IllegalArgumentException("TLS_CERT_FILE and TLS_KEY_FILE go together: set both or neither");
        }
        return certificate.map(c -> new TlsFiles(Path.of(c), Path.of(key.get())));
    }

    private static LogRetentionSettings logRetention(Source source) {
        LogRetentionSettings d = LogRetentionSettings.DEFAULTS;
        int days = source.integer("LOG_RETENTION_DAYS", "scim.log.retention-days", d.days());
        if (days < 0) {
            throw new IllegalArgumentException("LOG_RETENTION_DAYS (scim.log.retention-days) must be 0 or more");
        }
        return new LogRetentionSettings(days,
                Duration.ofSeconds(source.positive("LOG_RETENTION_INTERVAL_SECONDS",
                        "scim.log.retention-interval-seconds", (int) d.interval().toSeconds())),
                source.positive("LOG_RETENTION_BATCH_SIZE", "scim.log.retention-batch-size", d.batchSize()),
                d.pause());
    }

    private static MetricsSettings metrics(Source source) {
        MetricsSettings d = MetricsSettings.DEFAULTS;
        return new MetricsSettings(
                source.positive("METRICS_MAX_CONNECTIONS", "scim.metrics.max-connections", d.maxConnections()),
                Duration.ofMillis(source.positive("METRICS_REFRESH_MILLIS", "scim.metrics.refresh-millis",
                        (int) d.refresh().toMillis())));
    }

    private static LoggingSettings logging(Source source) {
        LoggingSettings d = LoggingSettings.DEFAULTS;
        return new LoggingSettings(
                source.text("LOG_FORMAT", "scim.log.format").map(LogFormat::named).orElse(d.format()),
                source.text("LOG_LEVEL", "scim.log.level").map(LoggingSettings::level).orElse(d.threshold()),
                source.bool("ACCESS_LOG", "scim.log.access", d.accessLog()));
    }

    private static LogStreamSettings logStreams(Source source) {
        LogStreamSettings d = LogStreamSettings.DEFAULTS;
        return new LogStreamSettings(
                Duration.ofMillis(source.integer("LOG_STREAM_POLL_MILLIS", "scim.log-streams.poll-millis",
                        (int) d.pollInterval().toMillis())),
                source.integer("LOG_STREAM_BATCH_SIZE", "scim.log-streams.batch-size", d.batchSize()),
                new RetryBackoff(
                        Duration.ofMillis(source.integer("LOG_STREAM_RETRY_BASE_MILLIS",
                                "scim.log-streams.retry-base-millis", (int) d.backoff().base().toMillis())),
                        Duration.ofMillis(source.integer("LOG_STREAM_RETRY_MAX_MILLIS",
                                "scim.log-streams.retry-max-millis", (int) d.backoff().max().toMillis()))),
                source.integer("LOG_STREAM_SUSPEND_AFTER_FAILURES", "scim.log-streams.suspend-after-failures",
                        d.suspendAfterFailures()),
                Duration.ofSeconds(source.integer("LOG_STREAM_LEASE_SECONDS", "scim.log-streams.lease-seconds",
                        (int) d.lease().toSeconds())));
    }

    private static ReliabilitySettings reliability(Source source) {
        ReliabilitySettings d = ReliabilitySettings.DEFAULTS;
        double perConnection = source.decimal("RATE_LIMIT_PER_CONNECTION", "scim.rate-limit.per-connection",
                d.rateLimits().perConnection().requestsPerSecond());
        Optional<Integer> burst = source.text("RATE_LIMIT_BURST", "scim.rate-limit.burst")
                .map(v -> source.integer("RATE_LIMIT_BURST", "scim.rate-limit.burst", 0));
        double total = source.decimal("RATE_LIMIT_TOTAL", "scim.rate-limit.total", 0);
        return new ReliabilitySettings(
                new RateLimitSettings(source.rateLimit("RATE_LIMIT_PER_CONNECTION and RATE_LIMIT_BURST", perConnection,
                        burst.orElse(null)),
                        source.rateLimit("RATE_LIMIT_TOTAL", total, null)),
                source.positive("MAX_CONCURRENT_REQUESTS", "scim.max-concurrent-requests",
                        d.maxConcurrentRequests()),
                source.positive("MAX_CONNECTIONS", "scim.max-connections", d.maxConnections()),
                Duration.ofMillis(source.positive("REQUEST_HEAD_TIMEOUT_MS", "scim.request-head-timeout-ms",
                        (int) d.requestHeadTimeout().toMillis())),
                Duration.ofSeconds(source.positive("IDLE_CONNECTION_TIMEOUT_SECONDS",
                        "scim.idle-connection-timeout-seconds", (int) d.idleConnectionTimeout().toSeconds())),
                Duration.ofMillis(source.positive("STORE_TIMEOUT_MS", "scim.store-timeout-ms",
                        (int) d.storeTimeout().toMillis())),
                Duration.ofMillis(source.positive("WRITE_RETRY_DEADLINE_MS", "scim.write-retry-deadline-ms",
                        (int) d.writeRetryDeadline().toMillis())),
                Duration.ofSeconds(source.integer("SHUTDOWN_GRACE_SECONDS", "scim.shutdown-grace-seconds",
                        (int) d.shutdownGrace().toSeconds())));
    }

    private record Source(Config config, Function<String, String> env) {
        Optional<String> text(String variable, String key) {
            String value = env.apply(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.trim());
            }
            return config.get(key).asString().asOptional().filter(v -> !v.isBlank());
        }

        int integer(String variable, String key, int fallback) {
            return text(variable, key).map(v -> {
                try {
                    return Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(variable + " (" + key + ") must be an integer");
                }
            }).orElse(fallback);
        }

        int positive(String variable, String key, int fallback) {
            int value = integer(variable, key, fallback);
            if (value < 1) {
                throw new IllegalArgumentException(variable + " (" + key + ") must be at least 1");
            }
            return value;
        }

        boolean bool(String variable, String key, boolean fallback) {
            return text(variable, key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new IllegalArgumentException(variable + " (" + key + ") must be true or false");
            }).orElse(fallback);
        }

        double decimal(String variable, String key, double fallback) {
            return text(variable, key).map(v -> {
                try {
                    return Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(variable + " (" + key + ") must be a number");
                }
            }).orElse(fallback);
        }

        RateLimit rateLimit(String variable, double perSecond, Integer burst) {
            try {
                return RateLimit.of(perSecond, burst);
            } catch (BadRequestException e) {
                throw new IllegalArgumentException(variable + ": " + e.detail());
            }
        }
    }
}

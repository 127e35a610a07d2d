package dev.inboundscim.adapter.in.http;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The request series of SPEC §7.3 in the server's meter registry (served at {@code /observe/metrics}). Labels come
 * from fixed sets (operations, routes, statuses) and from connections; connections are capped, so a client inventing
 * connection ids cannot grow the series without bound (past the cap they count under {@code other}).
 */
public final class ServerMetrics {

    static final String NONE = "none";
    static final String OTHER = "other";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;
    private final int maxConnections;
    private final Set<String> connections = ConcurrentHashMap.newKeySet();
    private final Map<ScimSeries, Counter> scimRequests = new ConcurrentHashMap<>();
    private final Map<ManagementSeries, Counter> managementRequests = new ConcurrentHashMap<>();
    private final Map<String, Counter> rateLimited = new ConcurrentHashMap<>();
    private final Map<String, Timer> durations = new ConcurrentHashMap<>();

    /** {@code maxConnections}: distinct connections that get a label of their own. */
    public ServerMetrics(MeterRegistry registry, int maxConnections) {
        this.registry = registry;
        this.maxConnections = maxConnections;
    }

    /** {@code scim_requests_total{connection,operation,status}} and {@code scim_request_duration_seconds}. */
    void scimRequest(String connection, String operation, int status, long nanos) {
        scimRequests.computeIfAbsent(new ScimSeries(label(connection), operation, status),
                series -> counter("scim_requests_total", "connection", series.connection(), "operation",
                        series.operation(), "status", Integer.toString(series.status()))).increment();
        durations.computeIfAbsent(operation, op -> registry.getOrCreate(Timer.builder("scim_request_duration_seconds")
                .description("Time to answer a SCIM request").tags(List.of(Tag.create("operation", op)))
                .buckets(BUCKETS))).record(Duration.ofNanos(nanos));
    }

    /** {@code management_requests_total{route,status}}. */
    void managementRequest(String route, int status) {
        managementRequests.computeIfAbsent(new ManagementSeries(route, status), series -> counter(
                "management_requests_total", "route", series.route(), "status", Integer.toString(series.status())))
                .increment();
    }

    /** {@code rate_limited_total{connection}}. */
    void rateLimited(String connection) {
        rateLimited.computeIfAbsent(label(connection), label -> counter("rate_limited_total", "connection", label))
                .increment();
    }

    private Counter counter(String name, String... labels) {
        Tag[] tags = new Tag[labels.length / 2];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = Tag.create(labels[2 * i], labels[2 * i + 1]);
        }
        return registry.getOrCreate(Counter.builder(name).tags(List.of(tags)));
    }

    private record ScimSeries(String connection, String operation, int status) {
    }

    private record ManagementSeries(String route, int status) {
    }

    private String label(String connection) {
        if (connection == null) {
            return NONE;
        }
        if (connections.contains(connection)) {
            return connection;
        }
        // Two threads may both pass the size check: the cap is overshot by at most the number of threads.
        if (connections.size() < maxConnections) {
            connections.add(connection);
            return connection;
        }
        return OTHER;
    }
}

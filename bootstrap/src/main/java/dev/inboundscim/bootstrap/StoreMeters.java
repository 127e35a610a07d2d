package dev.inboundscim.bootstrap;

import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.PoolUsage;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.store.StoreGuard;
import dev.inboundscim.domain.logstream.LogStream;
import io.helidon.metrics.api.FunctionalCounter;
import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/**
 * The store's series of SPEC §7.3: {@code store_pool_connections{state}} and {@code store_unavailable_total}, read
 * from memory at each scrape; {@code log_stream_backlog{stream}} and {@code logout_backlog}, which ask the store, so
 * a background task reads them every refresh period (a scrape never waits on the database, and a store outage only
 * leaves the last values). Closing removes this server's meters from the registry.
 */
final class StoreMeters implements AutoCloseable {

    private static final Logger LOG = System.getLogger(StoreMeters.class.getName());

    private final MeterRegistry registry;
    private final LogStreamRepository streams;
    private final SessionRepository sessions;
    private final List<Meter> meters = new ArrayList<>();
    private final Map<String, Long> streamBacklogs = new ConcurrentHashMap<>();
    private final Map<String, Meter> streamGauges = new ConcurrentHashMap<>();
    private final ScheduledExecutorService refresher;
    private volatile long logoutBacklog;

    private StoreMeters(MeterRegistry registry, Store store, StoreGuard guard) {
        this.registry = registry;
        this.streams = store.repositories().logStreams();
        this.sessions = store.repositories().sessions();
        poolGauge(store, "active", PoolUsage::active);
        poolGauge(store, "idle", PoolUsage::idle);
        poolGauge(store, "pending", PoolUsage::pending);
        meters.add(registry.getOrCreate(FunctionalCounter.builder("store_unavailable_total", guard,
                StoreGuard::unavailableCount).description("Store calls answered as unavailable")));
        meters.add(registry.getOrCreate(Gauge.builder("logout_backlog", () -> logoutBacklog)
                .description("Back-channel logout notices still owed")));
        this.refresher = Executors.newSingleThreadScheduledExecutor(task -> Thread.ofPlatform().daemon()
                .name("store-meters").unstarted(task));
    }

    /** Registers the meters of {@code store} (guarded by {@code guard}) and starts reading the backlogs. */
    static StoreMeters start(MeterRegistry registry, Store store, StoreGuard guard, Duration refresh) {
        StoreMeters meters = new StoreMeters(registry, store, guard);
        meters.refresher.scheduleWithFixedDelay(meters::refresh, 0, refresh.toMillis(), TimeUnit.MILLISECONDS);
        return meters;
    }

    private void poolGauge(Store store, String state, ToIntFunction<PoolUsage> value) {
        meters.add(registry.getOrCreate(Gauge.builder("store_pool_connections",
                        () -> value.applyAsInt(store.poolUsage()))
                .description("The store's pool connections by state").tags(List.of(Tag.create("state", state)))));
    }

    private void refresh() {
        try {
            logoutBacklog = sessions.pendingNotices();
            Set<String> present = new HashSet<>();
            for (LogStream stream : streams.list()) {
                String id = stream.id().value();
                present.add(id);
                streamBacklogs.put(id, streams.pendingCount(stream.id()));
                streamGauges.computeIfAbsent(id, key -> registry.getOrCreate(Gauge.builder("log_stream_backlog",
                                () -> streamBacklogs.getOrDefault(key, 0L))
                        .description("Log entries waiting for a stream's delivery")
                        .tags(List.of(Tag.create("stream", key)))));
            }
            for (String gone : Set.copyOf(streamGauges.keySet())) {
                if (!present.contains(gone)) {
                    registry.remove(streamGauges.remove(gone));
                    streamBacklogs.remove(gone);
                }
            }
        } catch (RuntimeException e) {
            // The store is down or slow: its health check says so; the gauges keep their last values.
            LOG.log(Level.DEBUG, "backlog metrics not refreshed: " + e);
        } catch (Error e) {
            // A scheduled task that throws is never run again: report it, and keep refreshing.
            LOG.log(Level.ERROR, "backlog metrics not refreshed", e);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        meters.forEach(registry::remove);
        streamGauges.values().forEach(registry::remove);
    }
}

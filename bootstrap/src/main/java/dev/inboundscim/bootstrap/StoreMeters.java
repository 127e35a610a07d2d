package dev.inboundscim.bootstrap;

import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.PoolUsage;
import dev.inboundscim.application.port.out.SessionRepository;
import dev.inboundscim.application.port.out.Store;
import dev.inboundscim.application.service.store.StoreGuard;
import dev.inboundscim.domain.event.EventStream;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

/**
 * The store's series of SPEC §7.3: {@code store_pool_connections{state}} and {@code store_unavailable_total}, read
 * from memory at each scrape; {@code log_stream_backlog{stream}}, {@code event_stream_backlog{stream}} and
 * {@code logout_backlog}, which ask the store, so
 * a background task reads them every refresh period (a scrape never waits on the database, and a store outage only
 * leaves the last values). Closing removes this server's meters from the registry.
 */
final class StoreMeters implements AutoCloseable {

    private static final Logger LOG = System.getLogger(StoreMeters.class.getName());

    private final MeterRegistry registry;
    private final LogStreamRepository streams;
    private final SessionRepository sessions;
    private final List<Meter> meters = new ArrayList<>();
    private final EventStreamRepository eventStreams;
    private final StreamBacklogGauges logStreamBacklogs;
    private final StreamBacklogGauges eventStreamBacklogs;
    private final ScheduledExecutorService refresher;
    private volatile long logoutBacklog;

    private StoreMeters(MeterRegistry registry, Store store, StoreGuard guard) {
        this.registry = registry;
        this.streams = store.repositories().logStreams();
        this.sessions = store.repositories().sessions();
        this.eventStreams = store.repositories().eventStreams();
        this.logStreamBacklogs = new StreamBacklogGauges(registry, "log_stream_backlog",
                "Log entries waiting for a stream's delivery");
        this.eventStreamBacklogs = new StreamBacklogGauges(registry, "event_stream_backlog",
                "Events waiting for a stream's push or poll");
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
            Map<String, Long> logBacklogs = new HashMap<>();
            for (LogStream stream : streams.list()) {
                logBacklogs.put(stream.id().value(), streams.pendingCount(stream.id()));
            }
            logStreamBacklogs.update(logBacklogs);
            Map<String, Long> eventBacklogs = new HashMap<>();
            for (EventStream stream : eventStreams.list()) {
                eventBacklogs.put(stream.id().value(), eventStreams.pendingCount(stream.id()));
            }
            eventStreamBacklogs.update(eventBacklogs);
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
        logStreamBacklogs.close();
        eventStreamBacklogs.close();
    }
}

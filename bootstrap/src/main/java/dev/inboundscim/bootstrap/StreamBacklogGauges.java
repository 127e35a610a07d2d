package dev.inboundscim.bootstrap;

import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Meter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One gauge per stream, {@code name{stream}}, holding the backlog last read for it: a stream that appears gets its
 * series, a deleted one loses it. Log streams and event streams each have one.
 */
final class StreamBacklogGauges {

    private final MeterRegistry registry;
    private final String name;
    private final String description;
    private final Map<String, Long> backlogs = new ConcurrentHashMap<>();
    private final Map<String, Meter> gauges = new ConcurrentHashMap<>();

    StreamBacklogGauges(MeterRegistry registry, String name, String description) {
        this.registry = registry;
        this.name = name;
        this.description = description;
    }

    /** Sets the backlog of every stream there is now ({@code current}, by stream id) and drops the others. */
    void update(Map<String, Long> current) {
        current.forEach((id, backlog) -> {
            backlogs.put(id, backlog);
            gauges.computeIfAbsent(id, key -> registry.getOrCreate(Gauge.builder(name,
                            () -> backlogs.getOrDefault(key, 0L))
                    .description(description).tags(List.of(Tag.create("stream", key)))));
        });
        for (String gone : Set.copyOf(gauges.keySet())) {
            if (!current.containsKey(gone)) {
                registry.remove(gauges.remove(gone));
                backlogs.remove(gone);
            }
        }
    }

    void close() {
        gauges.values().forEach(registry::remove);
    }
}

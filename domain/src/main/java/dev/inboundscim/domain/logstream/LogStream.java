package dev.inboundscim.domain.logstream;

import dev.inboundscim.domain.id.ResourceName;
import dev.inboundscim.domain.log.LogType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A log stream (SPEC §4–§5): entries whose type passes its category filters are kept for it in a durable outbox
 * and posted to its HTTP sink in order. No categories means every entry. {@code version} changes with every change
 * of its settings or status, so two writers never undo each other.
 */
public record LogStream(LogStreamId id, String name, LogStreamStatus status, HttpSink sink,
                        List<LogCategory> categories, long version, DeliveryState delivery, Instant createdAt,
                        Instant updatedAt) {

    public LogStream {
        Objects.requireNonNull(id, "id");
        name = ResourceName.require(name);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sink, "sink");
        categories = List.copyOf(categories);
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static LogStream create(String name, HttpSink sink, List<LogCategory> categories, Instant now) {
        return new LogStream(LogStreamId.generate(), name, LogStreamStatus.ACTIVE, sink,
                categories.stream().distinct().toList(), 1, DeliveryState.HEALTHY, now, now);
    }

    /**
     * The log types kept for this stream. No categories means every type but the provisioning changes, which carry
     * whole profiles (SPEC §11): a stream gets those only by asking for {@link LogCategory#USER_CHANGE}, so a sink
     * set up before they existed receives what it always did.
     */
    public Set<LogType> acceptedTypes() {
        if (categories.isEmpty()) {
            Set<LogType> all = EnumSet.allOf(LogType.class);
            all.removeIf(LogType::keptOnlyWhenCollected);
            return all;
        }
        Set<LogType> types = EnumSet.noneOf(LogType.class);
        categories.forEach(c -> types.addAll(c.types()));
        return types;
    }

    public boolean accepts(LogType type) {
        return categories.isEmpty() ? !type.keptOnlyWhenCollected()
                : categories.stream().anyMatch(c -> c.types().contains(type));
    }

    /** Whether an entry of {@code type} stored now is kept for this stream: it collects and accepts the type. */
    public boolean collects(LogType type) {
        return status.collects() && accepts(type);
    }

    /**
     * The next version with other settings. Setting a suspended stream active again clears its failures, so
     * delivery resumes at once.
     */
    public LogStream withSettings(String newName, LogStreamStatus newStatus, HttpSink newSink,
                                  List<LogCategory> newCategories, Instant now) {
        DeliveryState state = status == LogStreamStatus.SUSPENDED && newStatus == LogStreamStatus.ACTIVE
                ? DeliveryState.HEALTHY : delivery;
        return new LogStream(id, newName, newStatus, newSink, newCategories.stream().distinct().toList(),
                version + 1, state, createdAt, now);
    }
}

package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.out.EventStreamRepository;
import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.service.ObservedCache;
import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventType;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import java.util.List;

/**
 * Decides, before anything is stored, which log streams and event streams keep each entry and whether it ends its
 * user's sessions ({@link RoutedLogEntry#route}): the streams are read from the store, or from memory while it
 * observes their changes.
 */
public final class LogRouter {

    private final ObservedCache<Boolean, List<LogStream>> streams;
    private final ObservedCache<Boolean, List<EventStream>> eventStreams;

    /** A router for log streams only: no event stream keeps anything. */
    public LogRouter(LogStreamRepository streams, SettingsChanges changes) {
        this.streams = new ObservedCache<>(changes, all -> streams.list());
        this.eventStreams = new ObservedCache<>(SettingsChanges.NONE, all -> List.of());
    }

    public LogRouter(LogStreamRepository streams, EventStreamRepository eventStreams, SettingsChanges changes) {
        this.streams = new ObservedCache<>(changes, all -> streams.list());
        this.eventStreams = new ObservedCache<>(changes, all -> eventStreams.list());
    }

    /**
     * {@code entries} routed, without those of a type kept only when collected ({@link LogType#keptOnlyWhenCollected})
     * that no stream collects.
     */
    public List<RoutedLogEntry> route(List<LogEntry> entries) {
        return RoutedLogEntry.routeAll(entries, streams.get(Boolean.TRUE), collecting(entries)).stream()
                .filter(routed -> !routed.entry().type().keptOnlyWhenCollected() || !routed.streams().isEmpty()
                        || !routed.eventStreams().isEmpty())
                .toList();
    }

    /** The event streams, read only when an entry is of an event type (most entries are requests' own). */
    private List<EventStream> collecting(List<LogEntry> entries) {
        boolean anyEvent = entries.stream().anyMatch(e -> EventType.of(e.type()).isPresent());
        return anyEvent ? eventStreams.get(Boolean.TRUE) : List.of();
    }

    public List<RoutedLogEntry> route(LogEntry entry) {
        return route(List.of(entry));
    }
}

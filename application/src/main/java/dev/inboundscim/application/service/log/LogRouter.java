package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.out.LogStreamRepository;
import dev.inboundscim.application.port.out.SettingsChanges;
import dev.inboundscim.application.service.ObservedCache;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.LogStream;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import java.util.List;

/**
 * Decides, before anything is stored, which log streams keep each entry and whether it ends its user's sessions
 * ({@link RoutedLogEntry#route}): the streams are read from the store, or from memory while it observes their changes.
 */
public final class LogRouter {

    private final ObservedCache<Boolean, List<LogStream>> streams;

    public LogRouter(LogStreamRepository streams, SettingsChanges changes) {
        this.streams = new ObservedCache<>(changes, all -> streams.list());
    }

    public List<RoutedLogEntry> route(List<LogEntry> entries) {
        return RoutedLogEntry.routeAll(entries, streams.get(Boolean.TRUE));
    }

    public List<RoutedLogEntry> route(LogEntry entry) {
        return route(List.of(entry));
    }
}

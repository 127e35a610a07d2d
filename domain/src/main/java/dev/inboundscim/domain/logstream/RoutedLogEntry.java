package dev.inboundscim.domain.logstream;

import dev.inboundscim.domain.log.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A log entry with everything its storing sets off, decided before any store sees it: the log streams that keep it
 * for delivery, and whether it queues the ending of its user's sessions. A store keeps the entry and these in one
 * atomic step and decides none of them.
 */
public record RoutedLogEntry(LogEntry entry, List<LogStreamId> streams, boolean endsSessions) {

    public RoutedLogEntry {
        Objects.requireNonNull(entry, "entry");
        streams = List.copyOf(streams);
    }

    /** {@code entry} routed to those of {@code streams} that collect it (SPEC §5). */
    public static RoutedLogEntry route(LogEntry entry, List<LogStream> streams) {
        List<LogStreamId> collecting = new ArrayList<>();
        for (LogStream stream : streams) {
            if (stream.collects(entry.type())) {
                collecting.add(stream.id());
            }
        }
        return new RoutedLogEntry(entry, collecting, entry.type().endsSessions() && entry.userId() != null);
    }

    /** Every entry routed by {@link #route(LogEntry, List)}, in order. */
    public static List<RoutedLogEntry> routeAll(List<LogEntry> entries, List<LogStream> streams) {
        return entries.stream().map(entry -> route(entry, streams)).toList();
    }
}

package dev.inboundscim.domain.logstream;

import dev.inboundscim.domain.event.EventStream;
import dev.inboundscim.domain.event.EventStreamId;
import dev.inboundscim.domain.log.LogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A log entry with everything its storing sets off, decided before any store sees it: the log streams and the event
 * streams (SPEC §11) that keep it for delivery, and whether it queues the ending of its user's sessions. A store
 * keeps the entry and these in one atomic step and decides none of them.
 */
public record RoutedLogEntry(LogEntry entry, List<LogStreamId> streams, List<EventStreamId> eventStreams,
                             boolean endsSessions) {

    public RoutedLogEntry {
        Objects.requireNonNull(entry, "entry");
        streams = List.copyOf(streams);
        eventStreams = List.copyOf(eventStreams);
    }

    /** An entry that no event stream keeps. */
    public RoutedLogEntry(LogEntry entry, List<LogStreamId> streams, boolean endsSessions) {
        this(entry, streams, List.of(), endsSessions);
    }

    /** {@code entry} routed to those of {@code streams} that collect it (SPEC §5). */
    public static RoutedLogEntry route(LogEntry entry, List<LogStream> streams) {
        return route(entry, streams, List.of());
    }

    /** {@code entry} routed to those of {@code streams} and {@code eventStreams} that collect it (SPEC §5, §11). */
    public static RoutedLogEntry route(LogEntry entry, List<LogStream> streams, List<EventStream> eventStreams) {
        List<LogStreamId> collecting = new ArrayList<>();
        for (LogStream stream : streams) {
            if (stream.collects(entry.type())) {
                collecting.add(stream.id());
            }
        }
        List<EventStreamId> subscribed = new ArrayList<>();
        for (EventStream stream : eventStreams) {
            if (stream.collects(entry.type())) {
                subscribed.add(stream.id());
            }
        }
        return new RoutedLogEntry(entry, collecting, subscribed,
                entry.type().endsSessions() && entry.userId() != null);
    }

    /** Every entry routed by {@link #route(LogEntry, List)}, in order. */
    public static List<RoutedLogEntry> routeAll(List<LogEntry> entries, List<LogStream> streams) {
        return routeAll(entries, streams, List.of());
    }

    /** Every entry routed by {@link #route(LogEntry, List, List)}, in order. */
    public static List<RoutedLogEntry> routeAll(List<LogEntry> entries, List<LogStream> streams,
                                                List<EventStream> eventStreams) {
        return entries.stream().map(entry -> route(entry, streams, eventStreams)).toList();
    }
}

package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import java.util.List;

/**
 * Stores log entries, each with what its routing decided: kept for its streams and, when it ends its user's
 * sessions, queued for that, in the same atomic step as the entry.
 */
public interface LogRepository {

    /** Stores the entries in order, in one round trip and one commit where the store can; all or none. */
    void append(List<RoutedLogEntry> entries);

    /** The entries {@code query} selects, newest first. */
    List<LogEntry> list(LogQuery query);

    /** How many entries {@code query} selects, its {@code skip} and {@code take} aside. */
    long count(LogQuery query);

    /**
     * Deletes at most {@code limit} of the oldest entries whose id sorts below {@code beforeLogId} (a
     * {@link dev.inboundscim.domain.log.LogIds#boundAt date bound}), except those a log stream still has to deliver
     * or whose ending of sessions is still queued; returns how many it deleted (SPEC §7.3, retention).
     */
    int deleteOldest(String beforeLogId, int limit);
}

package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.logstream.RoutedLogEntry;
import java.util.List;

/**
 * Stores log entries, each with what its routing decided: kept for its streams and, when it ends its user's
 * sessions, queued for that, in the same atomic step as the entry.
 */
public interface LogRepository {

    /** Stores the entries in order, in one round trip and one commit where the store can; all or none. */
    void append(List<RoutedLogEntry> entries);

    /** Entries newest first, optionally of one type and connection, starting after the log id {@code before}. */
    List<LogEntry> list(LogType type, String connectionId, String beforeLogId, int take);
}

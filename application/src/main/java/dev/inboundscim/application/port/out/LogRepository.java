package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import java.util.List;

/** Stores request log entries. */
public interface LogRepository {

    void append(LogEntry entry);

    /** Appends several entries, ideally in one round trip and one commit; all or none. */
    default void appendAll(List<LogEntry> entries) {
        entries.forEach(this::append);
    }

    /** Entries newest first, optionally of one type and connection, starting after the log id {@code before}. */
    List<LogEntry> list(LogType type, String connectionId, String beforeLogId, int take);
}

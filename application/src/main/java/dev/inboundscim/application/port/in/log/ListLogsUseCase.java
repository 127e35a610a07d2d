package dev.inboundscim.application.port.in.log;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import java.util.List;

/** Lists request log entries, newest first. */
public interface ListLogsUseCase {

    List<LogEntry> list(ListLogsCommand command);

    /**
     * Null {@code type} or {@code connectionId}: entries of every type or connection. {@code from} is the log id to
     * continue after, compared as text (any text is a place in the order); {@code take} defaults to 50, at most 100.
     */
    record ListLogsCommand(LogType type, ConnectionId connectionId, String from, Integer take) {
    }
}

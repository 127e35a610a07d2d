package dev.inboundscim.application.port.in.log;

import dev.inboundscim.domain.log.LogEntry;
import java.util.List;

/** Lists request log entries, newest first. */
public interface ListLogsUseCase {

    List<LogEntry> list(ListLogsCommand command);

    /** {@code from} is the log id to continue after; {@code take} defaults to 50, at most 100. */
    record ListLogsCommand(String type, String connectionId, String from, Integer take) {
    }
}

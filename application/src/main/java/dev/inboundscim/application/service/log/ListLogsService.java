package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.domain.log.LogEntry;
import java.util.List;

/** Reads log entries newest first with checkpoint paging. */
public final class ListLogsService implements ListLogsUseCase {

    private static final int DEFAULT_TAKE = 50;
    private static final int MAX_TAKE = 100;

    private final BatchingLogWriter logs;

    /** Lists through the writer, which stores what this process still queues first. */
    public ListLogsService(BatchingLogWriter logs) {
        this.logs = logs;
    }

    @Override
    public List<LogEntry> list(ListLogsCommand command) {
        int take = command.take() == null ? DEFAULT_TAKE : Math.max(1, Math.min(command.take(), MAX_TAKE));
        String from = command.from() == null || command.from().isBlank() ? null : command.from();
        String connectionId = command.connectionId() == null ? null : command.connectionId().value();
        return logs.list(command.type(), connectionId, from, take);
    }
}

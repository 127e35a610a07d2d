package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.log.ListLogsUseCase;
import dev.inboundscim.application.port.out.LogQuery;

/** Reads log entries newest first, by checkpoint or by page, with Auth0's filters. */
public final class ListLogsService implements ListLogsUseCase {

    private static final int DEFAULT_TAKE = 50;
    private static final int MAX_TAKE = 100;

    private final BatchingLogWriter logs;

    /** Lists through the writer, which stores what this process still queues first. */
    public ListLogsService(BatchingLogWriter logs) {
        this.logs = logs;
    }

    @Override
    public LogsPage list(ListLogsCommand command) {
        boolean paged = command.page() != null || command.perPage() != null;
        int limit = paged ? (command.perPage() == null ? DEFAULT_TAKE : command.perPage())
                : command.take() == null ? DEFAULT_TAKE : Math.max(1, Math.min(command.take(), MAX_TAKE));
        int start = paged && command.page() != null ? Math.multiplyExact(command.page(), limit) : 0;
        String from = command.from() == null || command.from().isBlank() ? null : command.from();
        LogQuery query = new LogQuery(command.type(),
                command.connectionId() == null ? null : command.connectionId().value(), command.userId(),
                command.status(), command.operation(), command.requestId(), command.since(), command.until(), from,
                start, limit);
        return new LogsPage(logs.list(query), start, limit, command.includeTotals() ? logs.count(query) : null);
    }
}

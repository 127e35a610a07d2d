package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository;

/** Appends an {@code fscim} entry. */
public final class RecordScimFailureService implements RecordScimFailureUseCase {

    private final LogWriter logs;
    private final ConnectionRepository connections;
    private final LogEntries entries;

    public RecordScimFailureService(LogWriter logs, ConnectionRepository connections, LogEntries entries) {
        this.logs = logs;
        this.connections = connections;
        this.entries = entries;
    }

    /**
     * Requests for connections that do not exist are not logged: anyone could otherwise fill the log store with
     * anonymous requests to made-up ids, and no tenant would ever read those entries.
     */
    @Override
    public void record(RecordScimFailureCommand command) {
        if (command.connectionId() == null || connections.findById(command.connectionId()).isEmpty()) {
            return;
        }
        logs.append(entries.scimFailure(command.connectionId() == null ? null : command.connectionId().value(),
                command.request(), command.status(), command.detail(), command.userId()));
    }
}

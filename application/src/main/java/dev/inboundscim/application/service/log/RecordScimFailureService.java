package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase;
import dev.inboundscim.application.port.out.ConnectionRepository;
import java.time.Clock;

/** Appends an {@code fscim} entry. */
public final class RecordScimFailureService implements RecordScimFailureUseCase {

    private final LogWriter logs;
    private final ConnectionRepository connections;
    private final Clock clock;

    public RecordScimFailureService(LogWriter logs, ConnectionRepository connections, Clock clock) {
        this.logs = logs;
        this.connections = connections;
        this.clock = clock;
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
        logs.append(ScimLogEntries.failure(command.connectionId().value(), command.request(), command.status(),
                command.detail(), command.userId(), clock.instant()));
    }
}

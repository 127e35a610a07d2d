package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.log.RecordScimFailureUseCase;
import dev.inboundscim.application.port.out.LogRepository;
import java.time.Clock;

/** Appends an {@code fscim} entry. */
public final class RecordScimFailureService implements RecordScimFailureUseCase {

    private final LogRepository logs;
    private final Clock clock;

    public RecordScimFailureService(LogRepository logs, Clock clock) {
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public void record(RecordScimFailureCommand command) {
        logs.append(ScimLogEntries.failure(command.connectionId(), command.request(), command.status(),
                command.detail(), command.userId(), clock.instant()));
    }
}

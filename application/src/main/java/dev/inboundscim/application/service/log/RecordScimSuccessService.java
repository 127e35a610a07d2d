package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.log.RecordScimSuccessUseCase;
import dev.inboundscim.domain.log.RequestInfo;

/** Appends an {@code sscim} entry for a request that changed nothing. */
public final class RecordScimSuccessService implements RecordScimSuccessUseCase {

    private final LogWriter logs;
    private final LogEntries entries;

    public RecordScimSuccessService(LogWriter logs, LogEntries entries) {
        this.logs = logs;
        this.entries = entries;
    }

    @Override
    public void record(ScimContext context, RequestInfo request, String description) {
        logs.append(entries.scimSuccess(context.connection().id().value(), request, description, null));
    }
}

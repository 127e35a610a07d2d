package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.auth.ScimContext;
import dev.inboundscim.application.port.in.log.RecordScimSuccessUseCase;
import dev.inboundscim.domain.log.RequestInfo;
import java.time.Clock;

/** Appends an {@code sscim} entry for a request that changed nothing. */
public final class RecordScimSuccessService implements RecordScimSuccessUseCase {

    private final LogWriter logs;
    private final Clock clock;

    public RecordScimSuccessService(LogWriter logs, Clock clock) {
        this.logs = logs;
        this.clock = clock;
    }

    @Override
    public void record(ScimContext context, RequestInfo request, String description) {
        logs.append(ScimLogEntries.success(context.connection().id().value(), request, description, null,
                clock.instant()));
    }
}

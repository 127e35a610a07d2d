package dev.inboundscim.application.service.log;

import dev.inboundscim.application.port.in.log.RecordManagementOperationUseCase;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Appends the {@code sapi}/{@code fapi} audit entry of a Management API write (SPEC §7.3). Writes of clients without
 * the admin token are recorded at most once a second: they change nothing, and recording each would let anyone fill
 * the log store.
 */
public final class RecordManagementOperationService implements RecordManagementOperationUseCase {

    private static final long SAMPLE_NANOS = 1_000_000_000L;

    private final LogWriter logs;
    private final LogEntries entries;
    private final LongSupplier nanoTime;
    private final AtomicLong lastAnonymous = new AtomicLong(Long.MIN_VALUE);

    public RecordManagementOperationService(LogWriter logs, LogEntries entries, LongSupplier nanoTime) {
        this.logs = logs;
        this.entries = entries;
        this.nanoTime = nanoTime;
    }

    @Override
    public void record(RecordManagementOperationCommand command) {
        if (!command.authenticated() && !sampled()) {
            return;
        }
        logs.append(entries.managementOperation(command.connectionId(), command.request(), command.status()));
    }

    private boolean sampled() {
        long now = nanoTime.getAsLong();
        long last = lastAnonymous.get();
        return (last == Long.MIN_VALUE || now - last >= SAMPLE_NANOS) && lastAnonymous.compareAndSet(last, now);
    }
}

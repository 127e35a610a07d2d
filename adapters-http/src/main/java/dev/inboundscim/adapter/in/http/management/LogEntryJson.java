package dev.inboundscim.adapter.in.http.management;

import dev.inboundscim.domain.log.LogEntry;

/** A log entry as {@code GET /api/v2/logs} shows it, for the log streams' payloads too. */
public final class LogEntryJson {

    private LogEntryJson() {
    }

    public static Object render(LogEntry entry) {
        return ManagementMapper.INSTANCE.toResponse(entry);
    }
}

package dev.inboundscim.domain.log;

import dev.inboundscim.domain.scim.value.ScimObject;
import java.time.Instant;
import java.util.Objects;

/**
 * One request log entry (SPEC §5); {@code details} never holds a password or a token. Ids come from {@link LogIds}.
 */
public record LogEntry(String logId, LogType type, Instant date, String connectionId, String description, String ip,
                       String userAgent, String userId, ScimObject details) {

    public LogEntry {
        Objects.requireNonNull(logId, "logId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(details, "details");
    }
}

package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.log.LogType;
import java.time.Instant;

/**
 * Which log entries a listing wants, newest first (SPEC §5, §7.3). A null field does not filter.
 *
 * @param status      the status the entry's request was answered with ({@code details.status})
 * @param operation   the operation the request's route serves ({@code details.operation}, e.g. {@code POST Users})
 * @param requestId   the request's {@code X-Request-Id} ({@code details.request_id})
 * @param since       entries dated at or after it
 * @param until       entries dated before it
 * @param beforeLogId entries whose id sorts below it (checkpoint paging)
 * @param skip        entries of the result skipped before the first one returned (page paging)
 * @param take        how many to return at most
 */
public record LogQuery(LogType type, String connectionId, String userId, Integer status, String operation,
                       String requestId, Instant since, Instant until, String beforeLogId, int skip, int take) {

    public LogQuery {
        if (skip < 0 || take < 0) {
            throw new IllegalArgumentException("skip and take cannot be negative");
        }
    }

    /** The newest {@code take} entries of a type and connection (null: any), below {@code beforeLogId} if given. */
    public static LogQuery newest(LogType type, String connectionId, String beforeLogId, int take) {
        return new LogQuery(type, connectionId, null, null, null, null, null, null, beforeLogId, 0, take);
    }
}

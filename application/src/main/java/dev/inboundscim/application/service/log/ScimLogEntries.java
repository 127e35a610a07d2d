package dev.inboundscim.application.service.log;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import java.time.Instant;

/**
 * Builds the one log entry each SCIM request writes (SPEC §5). The operation and the status of a success come from
 * the route that served the request ({@link RequestInfo}); a failure's status is the one it was answered with.
 */
public final class ScimLogEntries {

    private ScimLogEntries() {
    }

    public static LogEntry success(String connectionId, RequestInfo request, String description, String userId,
                                   Instant now) {
        return entry(LogType.SSCIM, connectionId, request, request.successStatus(), description, userId, now);
    }

    public static LogEntry failure(String connectionId, RequestInfo request, int status, String description,
                                   String userId, Instant now) {
        return entry(LogType.FSCIM, connectionId, request, status, description, userId, now);
    }

    private static LogEntry entry(LogType type, String connectionId, RequestInfo request, int status,
                                  String description, String userId, Instant now) {
        ScimObject.Builder details = ScimObject.builder()
                .put("operation", request.operation())
                .put("method", request.method())
                .put("path", request.path())
                .put("status", ScimNumber.of(status));
        if (request.query() != null) {
            details.put("query", new ScimString(request.query()));
        }
        if (request.body() != null) {
            details.put("body", request.body());
        }
        return new LogEntry(LogEntry.newLogId(now), type, now, connectionId, description, request.ip(),
                request.userAgent(), userId, details.build());
    }
}

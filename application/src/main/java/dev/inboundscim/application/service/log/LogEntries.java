package dev.inboundscim.application.service.log;

import dev.inboundscim.domain.log.LogEntry;
import dev.inboundscim.domain.log.LogIds;
import dev.inboundscim.domain.log.LogType;
import dev.inboundscim.domain.log.RequestInfo;
import dev.inboundscim.domain.scim.value.ScimNumber;
import dev.inboundscim.domain.scim.value.ScimObject;
import dev.inboundscim.domain.scim.value.ScimString;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes the log entries of SPEC §5, identified by the one {@link LogIds} of this process so that the ids of all its
 * entries strictly increase. A request's writes take their time from {@link #now} too, so an entry and the change
 * it records agree; bootstrap builds one for the whole server. Every entry made while a request is handled keeps
 * that request's id as {@code details.request_id} (SPEC §7.3), whichever use case makes it.
 */
public final class LogEntries {

    private final LogIds ids;
    private final Clock clock;
    private final Supplier<Optional<String>> requestId;

    /** {@code requestId} tells the id of the request the calling thread handles, if any. */
    public LogEntries(LogIds ids, Clock clock, Supplier<Optional<String>> requestId) {
        this.ids = ids;
        this.clock = clock;
        this.requestId = requestId;
    }

    /** The time of a request: its entries and its writes carry it. */
    public Instant now() {
        return clock.instant();
    }

    /** The {@code sscim} entry of a SCIM request that changed nothing, dated now. */
    public LogEntry scimSuccess(String connectionId, RequestInfo request, String description, String userId) {
        return scimSuccess(connectionId, request, description, userId, now());
    }

    /** The {@code sscim} entry of a SCIM request; its operation and status come from the route that served it. */
    public LogEntry scimSuccess(String connectionId, RequestInfo request, String description, String userId,
                                Instant now) {
        return scim(LogType.SSCIM, connectionId, request, request.successStatus(), description, userId, now);
    }

    /** The {@code fscim} entry of a SCIM request answered with {@code status}, dated now. */
    public LogEntry scimFailure(String connectionId, RequestInfo request, int status, String description,
                                String userId) {
        return scim(LogType.FSCIM, connectionId, request, status, description, userId, now());
    }

    /**
     * The {@code sapi} entry of a Management API write answered with {@code status} below 400, else its {@code fapi}
     * entry (SPEC §7.3); {@code connectionId} is the connection its path names, if any.
     */
    public LogEntry managementOperation(String connectionId, RequestInfo request, int status) {
        boolean succeeded = status < 400;
        String description = (succeeded ? "" : "Failed: ") + "Management API " + request.operation();
        return scim(succeeded ? LogType.SUCCESS_API_OPERATION : LogType.FAILED_API_OPERATION, connectionId, request,
                status, description, null, now());
    }

    /** An entry no client request carries (an event, a login, an account link): it has no address or agent. */
    public LogEntry event(LogType type, String connectionId, String description, String userId, ScimObject details,
                          Instant now) {
        return new LogEntry(ids.next(now), type, now, connectionId, description, null, null, userId,
                withRequestId(details));
    }

    /** An entry of a client request: its operation, method, path, status, query and body (already redacted). */
    private LogEntry scim(LogType type, String connectionId, RequestInfo request, int status, String description,
                          String userId, Instant now) {
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
        requestId.get().ifPresent(id -> details.put("request_id", id));
        return new LogEntry(ids.next(now), type, now, connectionId, description, request.ip(), request.userAgent(),
                userId, details.build());
    }

    private ScimObject withRequestId(ScimObject details) {
        Optional<String> id = requestId.get();
        if (id.isEmpty()) {
            return details;
        }
        return details == null ? ScimObject.builder().put("request_id", id.get()).build()
                : details.with("request_id", new ScimString(id.get()));
    }
}

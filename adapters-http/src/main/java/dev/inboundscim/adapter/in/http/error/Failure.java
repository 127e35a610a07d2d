package dev.inboundscim.adapter.in.http.error;

import dev.inboundscim.adapter.in.http.RequestBodies.PayloadTooLargeException;
import dev.inboundscim.domain.error.ScimException;
import dev.inboundscim.domain.error.UnavailableException;
import io.helidon.http.HttpException;
import java.lang.System.Logger.Level;
import java.lang.System.Logger;

/**
 * A failed request as both APIs answer it: the status, RFC 7644's {@code scimType} keyword (if any), a detail safe to
 * show and log, and how long to wait before retrying (0: no {@code Retry-After}).
 */
public record Failure(int status, String scimType, String detail, int retryAfterSeconds) {

    private static final Logger LOG = System.getLogger(Failure.class.getName());

    /** The answer to {@code error}; anything unexpected is logged with its stack trace and answered 500. */
    public static Failure of(Throwable error, String method, String path) {
        return switch (error) {
            case ScimException e -> new Failure(ErrorStatus.of(e.kind()), e.scimType().map(t -> t.keyword())
                    .orElse(null), e.detail(), e instanceof UnavailableException u ? u.retryAfterSeconds() : 0);
            case PayloadTooLargeException e -> new Failure(413, null, e.getMessage(), 0);
            // Helidon's own (no route, a method the route does not take): its status, without its message, which
            // may quote the request.
            case HttpException e -> new Failure(e.status().code(), e.status().code() == 400 ? "invalidSyntax" : null,
                    e.status().reasonPhrase(), 0);
            default -> {
                LOG.log(Level.ERROR, method + " " + path + " failed unexpectedly", error);
                yield new Failure(500, null, "Internal server error", 0);
            }
        };
    }
}

package dev.inboundscim.adapter.in.http.error;

import dev.inboundscim.domain.error.ErrorKind;

/** The HTTP status of each kind of failure, for both APIs: the one place where the hexagon's errors meet HTTP. */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case STALE -> 412;
            case TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
    }
}

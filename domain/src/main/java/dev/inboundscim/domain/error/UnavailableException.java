package dev.inboundscim.domain.error;

/**
 * The request could not be served now, through no fault of its own: the store did not answer in time, or a
 * write kept meeting concurrent writers until its deadline. Nothing was changed that the client must know of; it may
 * send the same request again after {@link #retryAfterSeconds()}.
 */
public final class UnavailableException extends ScimException {

    private final int retryAfterSeconds;

    private UnavailableException(String detail, int retryAfterSeconds) {
        super(detail, null);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAVAILABLE;
    }

    /** Whole seconds, at least one, that the client should wait before it tries again. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The store is unreachable or slower than the configured timeout. */
    public static UnavailableException store() {
        return new UnavailableException("The store is not answering; retry shortly", 1);
    }

    /** A write without {@code If-Match} met concurrent writers of the same resource until its deadline. */
    public static UnavailableException contention() {
        return new UnavailableException("The resource is being changed by many requests at once; retry shortly", 1);
    }
}

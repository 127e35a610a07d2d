package dev.inboundscim.domain.error;

/** The request carries more than a configured limit allows (RFC 7644 §3.7.4: a bulk request past its limits). */
public final class PayloadTooLargeException extends ScimException {

    public PayloadTooLargeException(String detail) {
        super(detail, null);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.TOO_LARGE;
    }
}

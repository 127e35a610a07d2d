package dev.inboundscim.domain.error;

/** No valid credential for this endpoint. The detail never says which check failed. */
public final class UnauthorizedException extends ScimException {

    public UnauthorizedException(String detail) {
        super(detail, null);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.UNAUTHENTICATED;
    }
}

package dev.inboundscim.domain.error;

/** HTTP 401: no valid credential for this endpoint. The detail never says which check failed. */
public final class UnauthorizedException extends ScimException {

    public UnauthorizedException(String detail) {
        super(detail, null);
    }

    @Override
    public int status() {
        return 401;
    }
}

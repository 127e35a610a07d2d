package dev.inboundscim.domain.error;

/** The stored version is not the one the client (or an internal retry) expected. */
public final class PreconditionFailedException extends ScimException {

    public PreconditionFailedException(String detail) {
        super(detail, null);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.STALE;
    }

    public static PreconditionFailedException versionMismatch(String id) {
        return new PreconditionFailedException("Resource " + id + " was modified by another request");
    }
}

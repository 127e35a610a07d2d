package dev.inboundscim.domain.error;

/** The request conflicts with the stored state (a uniqueness rule, a limit, an existing resource). */
public final class ConflictException extends ScimException {

    private ConflictException(String detail, ScimType scimType) {
        super(detail, scimType);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.CONFLICT;
    }

    public static ConflictException uniqueness(String detail) {
        return new ConflictException(detail, ScimType.UNIQUENESS);
    }

    public static ConflictException conflict(String detail) {
        return new ConflictException(detail, null);
    }
}

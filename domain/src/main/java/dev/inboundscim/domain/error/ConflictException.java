package dev.inboundscim.domain.error;

/** HTTP 409: the request conflicts with the stored state (a uniqueness rule, a limit, an existing resource). */
public final class ConflictException extends ScimException {

    private ConflictException(String detail, ScimType scimType) {
        super(detail, scimType);
    }

    @Override
    public int status() {
        return 409;
    }

    public static ConflictException uniqueness(String detail) {
        return new ConflictException(detail, ScimType.UNIQUENESS);
    }

    public static ConflictException conflict(String detail) {
        return new ConflictException(detail, null);
    }
}

package dev.inboundscim.domain.error;

/** The credential is valid but lacks the scope the operation needs. */
public final class ForbiddenException extends ScimException {

    public ForbiddenException(String detail) {
        super(detail, null);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.FORBIDDEN;
    }

    public static ForbiddenException missingScope(String scope) {
        return new ForbiddenException("The token does not grant the scope " + scope);
    }
}

package dev.inboundscim.domain.error;

/** The request is malformed or its values break a rule; always carries a {@code scimType}. */
public final class BadRequestException extends ScimException {

    private BadRequestException(String detail, ScimType scimType) {
        super(detail, scimType);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.INVALID;
    }

    public static BadRequestException invalidFilter(String detail) {
        return new BadRequestException(detail, ScimType.INVALID_FILTER);
    }

    public static BadRequestException invalidSyntax(String detail) {
        return new BadRequestException(detail, ScimType.INVALID_SYNTAX);
    }

    public static BadRequestException invalidValue(String detail) {
        return new BadRequestException(detail, ScimType.INVALID_VALUE);
    }

    public static BadRequestException invalidPath(String detail) {
        return new BadRequestException(detail, ScimType.INVALID_PATH);
    }

    public static BadRequestException noTarget(String detail) {
        return new BadRequestException(detail, ScimType.NO_TARGET);
    }

    public static BadRequestException mutability(String detail) {
        return new BadRequestException(detail, ScimType.MUTABILITY);
    }

    public static BadRequestException tooMany(String detail) {
        return new BadRequestException(detail, ScimType.TOO_MANY);
    }

    public static BadRequestException invalidCursor(String detail) {
        return new BadRequestException(detail, ScimType.INVALID_CURSOR);
    }
}

package dev.inboundscim.domain.error;

/** The resource does not exist (or is not visible to this caller). */
public final class NotFoundException extends ScimException {

    public NotFoundException(String detail) {
        super(detail, null);
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.NOT_FOUND;
    }

    public static NotFoundException resource(String kind, String id) {
        return new NotFoundException(kind + " " + id + " not found");
    }
}

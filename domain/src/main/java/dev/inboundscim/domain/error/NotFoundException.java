package dev.inboundscim.domain.error;

/** HTTP 404: the resource does not exist (or is not visible to this caller). */
public final class NotFoundException extends ScimException {

    public NotFoundException(String detail) {
        super(detail, null);
    }

    @Override
    public int status() {
        return 404;
    }

    public static NotFoundException resource(String kind, String id) {
        return new NotFoundException(kind + " " + id + " not found");
    }
}

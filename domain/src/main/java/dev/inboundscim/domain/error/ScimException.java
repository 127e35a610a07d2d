package dev.inboundscim.domain.error;

import java.util.Optional;

/**
 * A failure of the domain or the application: its {@link ErrorKind} (fixed by the subclass) and, where RFC 7644 has
 * one, its {@code scimType}. Each API answers it in its own terms (the HTTP adapter maps kinds to statuses).
 * Messages name positions and attributes, never raw tokens or secrets, because they are sent to clients and logged.
 */
public abstract sealed class ScimException extends RuntimeException
        permits BadRequestException, UnauthorizedException, ForbiddenException, NotFoundException, ConflictException,
        PreconditionFailedException, PayloadTooLargeException, UnavailableException {

    private final transient ScimType scimType;

    protected ScimException(String detail, ScimType scimType) {
        super(detail, null, false, false);
        this.scimType = scimType;
    }

    /** What kind of failure this is. */
    public abstract ErrorKind kind();

    /** The RFC 7644 {@code scimType}, when the RFC defines one for this failure. */
    public Optional<ScimType> scimType() {
        return Optional.ofNullable(scimType);
    }

    /** The human-readable detail. */
    public String detail() {
        return getMessage();
    }
}

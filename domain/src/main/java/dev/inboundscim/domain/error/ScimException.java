package dev.inboundscim.domain.error;

import java.util.Optional;

/**
 * A failure that the SCIM and Management APIs turn into an error response; the subclass fixes the HTTP status.
 * Messages name positions and attributes, never raw tokens or secrets, because they are sent to clients and logged.
 */
public abstract sealed class ScimException extends RuntimeException
        permits BadRequestException, UnauthorizedException, ForbiddenException, NotFoundException, ConflictException,
        PreconditionFailedException, UnavailableException {

    private final transient ScimType scimType;

    protected ScimException(String detail, ScimType scimType) {
        super(detail, null, false, false);
        this.scimType = scimType;
    }

    /** The HTTP status code this failure is answered with. */
    public abstract int status();

    /** The RFC 7644 {@code scimType}, when the RFC defines one for this failure. */
    public Optional<ScimType> scimType() {
        return Optional.ofNullable(scimType);
    }

    /** The human-readable detail. */
    public String detail() {
        return getMessage();
    }
}

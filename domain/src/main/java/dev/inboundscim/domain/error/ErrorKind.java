package dev.inboundscim.domain.error;

/**
 * What kind of failure a {@link ScimException} is, for each API to answer in its own terms: the HTTP adapter maps
 * each kind to a status in one switch, and nothing inside the hexagon knows a status code.
 */
public enum ErrorKind {
    /** The request is malformed or its values break a rule. */
    INVALID,
    /** No valid credential for this endpoint. */
    UNAUTHENTICATED,
    /** The credential is valid but does not grant the operation. */
    FORBIDDEN,
    /** The resource does not exist, or is not visible to this caller. */
    NOT_FOUND,
    /** The request conflicts with the stored state: a uniqueness rule, a limit, an existing resource. */
    CONFLICT,
    /** The stored version is not the one the request expected. */
    STALE,
    /** The request is larger than a configured limit allows (a bulk request's operations or payload). */
    TOO_LARGE,
    /** The request could not be served now through no fault of its own; it may be sent again later. */
    UNAVAILABLE
}

package dev.inboundscim.domain.user;

/** One entry of a profile's {@code identities}: where the user comes from and its id there. */
public record Identity(String connection, String provider, String userId, boolean isSocial) {
}

package dev.inboundscim.application.port.out;

import java.util.Optional;

/** Keeps the digest of the generated Management API token, shared by every server process on the store. */
public interface AdminTokenRepository {

    Optional<String> findDigest();

    /** Stores {@code digest} unless one is stored already; returns whether this call stored it. */
    boolean saveDigestIfAbsent(String digest);
}

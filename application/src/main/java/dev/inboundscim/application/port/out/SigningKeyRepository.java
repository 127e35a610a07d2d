package dev.inboundscim.application.port.out;

import dev.inboundscim.domain.signing.SigningKey;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Stores the token signing keys; at most one is current, decided by the store even under concurrent starts. */
public interface SigningKeyRepository {

    /** Every key, newest first. */
    List<SigningKey> list();

    Optional<SigningKey> current();

    /** Stores {@code key} as the current key unless one exists; returns whichever is current afterwards. */
    SigningKey insertIfNoCurrent(SigningKey key);

    /** Makes the current key previous and {@code next} current, in one step. */
    void rotate(SigningKey next, Instant now);

    /** Revokes a previous key (the current one cannot be): false when there is no such previous key. */
    boolean revoke(String kid, Instant now);
}

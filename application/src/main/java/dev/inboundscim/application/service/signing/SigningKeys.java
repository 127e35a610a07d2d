package dev.inboundscim.application.service.signing;

import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.domain.signing.SigningKey;
import java.time.Clock;
import java.util.List;

/**
 * The signing keys as the use cases and the logout delivery see them: generated once (the first use of any process
 * creates it; the store keeps exactly one current), rotated with an overlap, revoked when no token signed with it can
 * matter.
 */
public final class SigningKeys {

    private final SigningKeyRepository keys;
    private final Clock clock;

    public SigningKeys(SigningKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The key that signs now. */
    public SigningKey current() {
        return keys.current().orElseGet(() -> keys.insertIfNoCurrent(SigningKey.generate(clock.instant())));
    }

    /** Every key, newest first, after making the first one if there is none. */
    List<SigningKey> all() {
        current();
        return keys.list();
    }
}

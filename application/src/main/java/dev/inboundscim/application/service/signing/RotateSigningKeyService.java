package dev.inboundscim.application.service.signing;

import dev.inboundscim.application.port.in.signing.RotateSigningKeyUseCase;
import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.domain.signing.SigningKey;
import java.time.Clock;

/** Makes a new current key; the store turns the old one into the previous. */
public final class RotateSigningKeyService implements RotateSigningKeyUseCase {

    private final SigningKeys keys;
    private final SigningKeyRepository repository;
    private final Clock clock;

    public RotateSigningKeyService(SigningKeys keys, SigningKeyRepository repository, Clock clock) {
        this.keys = keys;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public SigningKey rotate() {
        keys.current();
        SigningKey next = SigningKey.generate(clock.instant());
        repository.rotate(next, clock.instant());
        return next;
    }
}

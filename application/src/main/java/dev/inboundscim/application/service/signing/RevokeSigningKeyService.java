package dev.inboundscim.application.service.signing;

import dev.inboundscim.application.port.in.signing.RevokeSigningKeyUseCase;
import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.signing.SigningKey;
import dev.inboundscim.domain.signing.SigningKeyId;
import java.time.Clock;
import java.util.Optional;

/** Revokes a previous key. */
public final class RevokeSigningKeyService implements RevokeSigningKeyUseCase {

    private final SigningKeyRepository keys;
    private final Clock clock;

    public RevokeSigningKeyService(SigningKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public SigningKey revoke(SigningKeyId kid) {
        SigningKey key = find(kid).orElseThrow(() -> new NotFoundException("Signing key not found"));
        if (key.status() == SigningKey.Status.CURRENT) {
            throw BadRequestException.invalidValue("the current signing key cannot be revoked; rotate first");
        }
        keys.revoke(kid.value(), clock.instant());
        return find(kid).orElseThrow();
    }

    private Optional<SigningKey> find(SigningKeyId kid) {
        return keys.list().stream().filter(k -> k.kid().equals(kid.value())).findFirst();
    }
}

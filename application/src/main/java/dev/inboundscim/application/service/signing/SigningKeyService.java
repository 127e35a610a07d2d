package dev.inboundscim.application.service.signing;

import dev.inboundscim.application.port.in.signing.SigningKeyUseCases.ListSigningKeysUseCase;
import dev.inboundscim.application.port.in.signing.SigningKeyUseCases.PublishedKeysUseCase;
import dev.inboundscim.application.port.in.signing.SigningKeyUseCases.RevokeSigningKeyUseCase;
import dev.inboundscim.application.port.in.signing.SigningKeyUseCases.RotateSigningKeyUseCase;
import dev.inboundscim.application.port.out.SigningKeyRepository;
import dev.inboundscim.domain.error.BadRequestException;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.signing.SigningKey;
import java.time.Clock;
import java.util.List;

/**
 * The signing keys: generated once (the first use of any process creates it; the store keeps exactly one current),
 * rotated with an overlap (the previous key stays published), revoked when no token signed with it can matter.
 */
public final class SigningKeyService implements PublishedKeysUseCase, ListSigningKeysUseCase,
        RotateSigningKeyUseCase, RevokeSigningKeyUseCase {

    private final SigningKeyRepository keys;
    private final Clock clock;

    public SigningKeyService(SigningKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The key that signs now. */
    public SigningKey current() {
        return keys.current().orElseGet(() -> keys.insertIfNoCurrent(SigningKey.generate(clock.instant())));
    }

    @Override
    public List<SigningKey> published() {
        current();
        return keys.list().stream().filter(SigningKey::isPublished).toList();
    }

    @Override
    public List<SigningKey> list() {
        current();
        return keys.list();
    }

    @Override
    public SigningKey rotate() {
        current();
        SigningKey next = SigningKey.generate(clock.instant());
        keys.rotate(next, clock.instant());
        return next;
    }

    @Override
    public SigningKey revoke(String kid) {
        SigningKey key = keys.list().stream().filter(k -> k.kid().equals(kid)).findFirst()
                .orElseThrow(() -> new NotFoundException("Signing key not found"));
        if (key.status() == SigningKey.Status.CURRENT) {
            throw BadRequestException.invalidValue("the current signing key cannot be revoked; rotate first");
        }
        keys.revoke(kid, clock.instant());
        return keys.list().stream().filter(k -> k.kid().equals(kid)).findFirst().orElseThrow();
    }
}

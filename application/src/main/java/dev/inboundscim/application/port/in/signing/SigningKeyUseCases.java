package dev.inboundscim.application.port.in.signing;

import dev.inboundscim.domain.signing.SigningKey;
import java.util.List;

/** The token signing keys: what {@code /.well-known/jwks.json} publishes and their management. */
public final class SigningKeyUseCases {

    private SigningKeyUseCases() {
    }

    /** The keys to publish (current and previous), creating the first one when there is none. */
    public interface PublishedKeysUseCase {
        List<SigningKey> published();
    }

    /** Every key, newest first. */
    public interface ListSigningKeysUseCase {
        List<SigningKey> list();
    }

    /** A new current key; the old one stays published as previous until revoked. */
    public interface RotateSigningKeyUseCase {
        SigningKey rotate();
    }

    /** Stops publishing a previous key. */
    public interface RevokeSigningKeyUseCase {
        SigningKey revoke(String kid);
    }
}

package dev.inboundscim.application.port.in.signing;

import dev.inboundscim.domain.signing.SigningKey;
import dev.inboundscim.domain.signing.SigningKeyId;

/** Stops publishing a previous key; the current one cannot be revoked (rotate first). */
public interface RevokeSigningKeyUseCase {

    SigningKey revoke(SigningKeyId kid);
}

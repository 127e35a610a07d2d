package dev.inboundscim.application.port.in.signing;

import dev.inboundscim.domain.signing.SigningKey;

/** A new current key; the old one stays published as previous until it is revoked. */
public interface RotateSigningKeyUseCase {

    SigningKey rotate();
}

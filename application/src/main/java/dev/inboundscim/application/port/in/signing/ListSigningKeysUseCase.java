package dev.inboundscim.application.port.in.signing;

import dev.inboundscim.domain.signing.SigningKey;
import java.util.List;

/** Every signing key, newest first. */
public interface ListSigningKeysUseCase {

    List<SigningKey> list();
}

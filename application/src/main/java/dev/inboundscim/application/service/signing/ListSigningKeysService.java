package dev.inboundscim.application.service.signing;

import dev.inboundscim.application.port.in.signing.ListSigningKeysUseCase;
import dev.inboundscim.domain.signing.SigningKey;
import java.util.List;

/** Every key, newest first. */
public final class ListSigningKeysService implements ListSigningKeysUseCase {

    private final SigningKeys keys;

    public ListSigningKeysService(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<SigningKey> list() {
        return keys.all();
    }
}

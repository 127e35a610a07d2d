package dev.inboundscim.application.service.signing;

import dev.inboundscim.application.port.in.signing.PublishedKeysUseCase;
import dev.inboundscim.domain.signing.SigningKey;
import java.util.List;

/** The current and previous keys. */
public final class PublishedKeysService implements PublishedKeysUseCase {

    private final SigningKeys keys;

    public PublishedKeysService(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public List<SigningKey> published() {
        return keys.all().stream().filter(SigningKey::isPublished).toList();
    }
}

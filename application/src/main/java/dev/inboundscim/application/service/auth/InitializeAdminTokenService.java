package dev.inboundscim.application.service.auth;

import dev.inboundscim.application.port.in.auth.InitializeAdminTokenUseCase;
import dev.inboundscim.domain.id.RandomIds;
import dev.inboundscim.domain.token.TokenSecret;
import java.util.Optional;

/** Generates the admin token on the very first start of a store that has none and no token is configured. */
public final class InitializeAdminTokenService implements InitializeAdminTokenUseCase {

    private final AdminTokenDigest digest;

    public InitializeAdminTokenService(AdminTokenDigest digest) {
        this.digest = digest;
    }

    @Override
    public Optional<String> initialize() {
        if (digest.isConfigured() || digest.current().isPresent()) {
            return Optional.empty();
        }
        String token = "adm_" + RandomIds.hex(32);
        // Another process sharing the store may win the race; then its token is the one, and ours is discarded.
        return digest.repository().saveDigestIfAbsent(TokenSecret.sha256Hex(token)) ? Optional.of(token)
                : Optional.empty();
    }
}

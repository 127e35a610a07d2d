package dev.inboundscim.application.service.auth;

import dev.inboundscim.application.port.out.AdminTokenRepository;
import dev.inboundscim.domain.token.TokenSecret;
import java.util.Optional;

/** Where the admin token's digest comes from: the configured token, else the stored digest of a generated one. */
public final class AdminTokenDigest {

    private final String configuredDigest;
    private final AdminTokenRepository repository;
    private volatile String storedDigest;

    public AdminTokenDigest(Optional<String> configuredToken, AdminTokenRepository repository) {
        this.configuredDigest = configuredToken.filter(t -> !t.isBlank()).map(TokenSecret::sha256Hex).orElse(null);
        this.repository = repository;
    }

    boolean isConfigured() {
        return configuredDigest != null;
    }

    Optional<String> current() {
        if (configuredDigest != null) {
            return Optional.of(configuredDigest);
        }
        if (storedDigest == null) {
            repository.findDigest().ifPresent(d -> storedDigest = d);
        }
        return Optional.ofNullable(storedDigest);
    }

    AdminTokenRepository repository() {
        return repository;
    }
}

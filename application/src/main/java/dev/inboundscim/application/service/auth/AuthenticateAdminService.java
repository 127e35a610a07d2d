package dev.inboundscim.application.service.auth;

import dev.inboundscim.application.port.in.auth.AuthenticateAdminUseCase;
import dev.inboundscim.domain.error.UnauthorizedException;
import dev.inboundscim.domain.token.TokenSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Compares the presented admin token's digest with the expected one in constant time. */
public final class AuthenticateAdminService implements AuthenticateAdminUseCase {

    private final AdminTokenDigest digest;

    public AuthenticateAdminService(AdminTokenDigest digest) {
        this.digest = digest;
    }

    @Override
    public void authenticate(String bearerToken) {
        Optional<String> expected = digest.current();
        if (bearerToken == null || bearerToken.isBlank() || expected.isEmpty()
                || !MessageDigest.isEqual(TokenSecret.sha256Hex(bearerToken).getBytes(StandardCharsets.US_ASCII),
                expected.get().getBytes(StandardCharsets.US_ASCII))) {
            throw new UnauthorizedException("A valid Management API token is required");
        }
    }
}

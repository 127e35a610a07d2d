package dev.inboundscim.domain.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.BadRequestException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScimTokenTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final ConnectionId connection = ConnectionId.generate();

    @Test
    void issuesASecretOfTheDocumentedShapeAndStoresOnlyItsDigest() {
        ScimToken.Issued issued = ScimToken.issue(connection, List.of(Scope.GET_USERS), null, NOW);
        String secret = issued.secret().reveal();
        assertTrue(secret.matches("tok_[A-Za-z0-9]{16}\\.[0-9a-f]{64}"), secret);
        assertTrue(secret.startsWith(issued.token().id().value() + "."));
        assertEquals(TokenSecret.sha256Hex(secret), issued.token().secretDigest());
        assertFalse(issued.token().toString().contains(secret.substring(21)), "the record never holds the secret");
        assertFalse(issued.secret().toString().contains(secret.substring(21)), "toString hides the secret");
    }

    @Test
    void eachIssueIsUnique() {
        assertNotEquals(ScimToken.issue(connection, List.of(Scope.GET_USERS), null, NOW).secret().reveal(),
                ScimToken.issue(connection, List.of(Scope.GET_USERS), null, NOW).secret().reveal());
    }

    @Test
    void parsesOnlyWellFormedSecretsAndMatchesTheRightDigest() {
        ScimToken.Issued issued = ScimToken.issue(connection, List.of(Scope.GET_USERS), null, NOW);
        TokenSecret parsed = TokenSecret.parse(issued.secret().reveal()).orElseThrow();
        assertEquals(issued.token().id(), parsed.tokenId());
        assertTrue(parsed.matches(issued.token().secretDigest()));
        String forged = issued.token().id().value() + "." + "0".repeat(64);
        assertFalse(TokenSecret.parse(forged).orElseThrow().matches(issued.token().secretDigest()));
        assertTrue(TokenSecret.parse("Bearer x").isEmpty());
        assertTrue(TokenSecret.parse(null).isEmpty());
        assertTrue(TokenSecret.parse(issued.secret().reveal() + "0").isEmpty());
    }

    @Test
    void expiresAtValidUntilAndNeverWithoutLifetime() {
        ScimToken expiring = ScimToken.issue(connection, List.of(Scope.GET_USERS), 900L, NOW).token();
        assertEquals(NOW.plusSeconds(900), expiring.validUntil());
        assertFalse(expiring.isExpiredAt(NOW.plusSeconds(899)));
        assertTrue(expiring.isExpiredAt(NOW.plusSeconds(900)));
        ScimToken forever = ScimToken.issue(connection, List.of(Scope.GET_USERS), null, NOW).token();
        assertFalse(forever.isExpiredAt(NOW.plusSeconds(100L * 365 * 86400)));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 899, -5, 10L * 366 * 24 * 3600 + 1, Long.MAX_VALUE})
    void rejectsLifetimesBelowFifteenMinutesOrBeyondTenYears(long lifetime) {
        assertThrows(BadRequestException.class,
                () -> ScimToken.issue(connection, List.of(Scope.GET_USERS), lifetime, NOW));
    }

    @Test
    void needsAtLeastOneKnownScope() {
        assertThrows(BadRequestException.class, () -> ScimToken.issue(connection, List.of(), null, NOW));
        assertThrows(BadRequestException.class, () -> Scope.parse("get:everything"));
        assertEquals(Scope.PATCH_GROUPS, Scope.parse("patch:groups"));
        assertTrue(ScimToken.issue(connection, List.of(Scope.GET_USERS, Scope.POST_USERS), null, NOW).token()
                .grants(Scope.POST_USERS));
    }
}

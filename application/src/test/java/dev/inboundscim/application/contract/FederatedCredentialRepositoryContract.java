package dev.inboundscim.application.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.inboundscim.application.port.out.FederatedCredentialRepository;
import dev.inboundscim.domain.connection.Connection;
import dev.inboundscim.domain.connection.ConnectionId;
import dev.inboundscim.domain.error.NotFoundException;
import dev.inboundscim.domain.oauth.FederatedCredential;
import dev.inboundscim.domain.token.ScimToken;
import dev.inboundscim.domain.token.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link FederatedCredentialRepository} must have, replay protection included. */
public abstract class FederatedCredentialRepositoryContract extends ContractSupport {

    private FederatedCredentialRepository credentials() {
        return repositories().federatedCredentials();
    }

    private FederatedCredential inserted(Connection connection) {
        FederatedCredential credential = FederatedCredential.create(connection.id(),
                "https://login.microsoftonline.com/" + UUID.randomUUID() + "/v2.0", UUID.randomUUID().toString(),
                "api://inbound-scim", "https://login.microsoftonline.com/common/discovery/v2.0/keys",
                EnumSet.of(Scope.GET_USERS, Scope.POST_USERS), now());
        credentials().insert(credential);
        return credential;
    }

    @Test
    void findsACredentialWithEveryField() {
        Connection connection = newConnection();
        FederatedCredential first = inserted(connection);
        FederatedCredential second = inserted(connection);

        assertEquals(Optional.of(first), credentials().findById(connection.id(), first.id()));
        assertEquals(List.of(first, second), credentials().findByConnection(connection.id()));
        assertEquals(Optional.empty(), credentials().findById(newConnection().id(), first.id()));
        assertThrows(NotFoundException.class, () -> credentials().insert(FederatedCredential.create(
                new ConnectionId("con_" + "Z".repeat(16)), "i", "s", "a", "https://example.com/keys",
                EnumSet.of(Scope.GET_USERS), now())));
    }

    @Test
    void deletingACredentialEndsItsAccessTokens() {
        Connection connection = newConnection();
        FederatedCredential credential = inserted(connection);
        ScimToken token = ScimToken.issue(connection.id(), credential.scopes(), 3600L, now()).token();
        repositories().tokens().insertAccessToken(token, credential.id().value(), null);

        assertFalse(credentials().delete(newConnection().id(), credential.id()));
        assertTrue(repositories().tokens().findById(token.id()).isPresent());
        assertTrue(credentials().delete(connection.id(), credential.id()));
        assertEquals(Optional.empty(), repositories().tokens().findById(token.id()));
        assertEquals(Optional.empty(), credentials().findById(connection.id(), credential.id()));
    }

    @Test
    void anAssertionIsAcceptedOnceUntilItExpires() {
        FederatedCredential credential = inserted(newConnection());
        Instant now = now();
        Instant expires = now.plus(Duration.ofMinutes(10));

        assertTrue(credentials().rememberAssertion(credential.id(), "jti-1", expires, now));
        assertFalse(credentials().rememberAssertion(credential.id(), "jti-1", expires, now), "a replay");
        assertTrue(credentials().rememberAssertion(credential.id(), "jti-2", expires, now));
        assertTrue(credentials().rememberAssertion(inserted(newConnection()).id(), "jti-1", expires, now),
                "another credential's jti is its own");
        Instant later = expires.plusSeconds(1);
        assertTrue(credentials().rememberAssertion(credential.id(), "jti-1", later.plusSeconds(600), later),
                "once expired it is forgotten");
    }

    @Test
    void ofConcurrentUsesOfOneAssertionExactlyOneIsAccepted() throws Exception {
        FederatedCredential credential = inserted(newConnection());
        Instant now = now();
        List<Callable<Boolean>> uses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            uses.add(() -> credentials().rememberAssertion(credential.id(), "same", now.plusSeconds(600), now));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long accepted = 0;
            for (Future<Boolean> use : pool.invokeAll(uses)) {
                accepted += use.get() ? 1 : 0;
            }
            assertEquals(1, accepted);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deletingTheConnectionDeletesItsCredentials() {
        Connection connection = newConnection();
        FederatedCredential credential = inserted(connection);

        assertTrue(repositories().connections().delete(connection.id()));

        assertEquals(Optional.empty(), credentials().findById(connection.id(), credential.id()));
    }
}
